--TEST--
stdClass objects, dynamic properties and comparison
--FILE--
<?php
$o = new stdClass;
$o->name = "ann";
$o->tags = ['a'];
$o->tags[] = 'b';
$o->nested = new stdClass;
$o->nested->deep = true;
var_dump($o);
$p = new stdClass;
var_dump($p == new stdClass, $p === $p);
$p->name = "ann";
var_dump(isset($o->name), isset($o->nope), property_exists($o, 'tags'));
unset($o->tags);
echo count(get_object_vars($o)), "\n";
--EXPECT--
object(stdClass)#1 (3) {
  ["name"]=>
  string(3) "ann"
  ["tags"]=>
  array(2) {
    [0]=>
    string(1) "a"
    [1]=>
    string(1) "b"
  }
  ["nested"]=>
  object(stdClass)#2 (1) {
    ["deep"]=>
    bool(true)
  }
}
bool(true)
bool(true)
bool(true)
bool(false)
bool(true)
2
