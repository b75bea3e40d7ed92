--TEST--
(object) casts of arrays and scalars
--FILE--
<?php
$o = (object) ['a' => 1, 'b' => [2], 5 => 'five'];
var_dump($o);
echo $o->a, " ", $o->{'5'}, "\n";
$s = (object) 'str';
$n = (object) null;
$f = (object) 1.5;
var_dump($s, $n, $f);
$same = new stdClass;
var_dump((object) $same === $same);
--EXPECT--
object(stdClass)#1 (3) {
  ["a"]=>
  int(1)
  ["b"]=>
  array(1) {
    [0]=>
    int(2)
  }
  ["5"]=>
  string(4) "five"
}
1 five
object(stdClass)#2 (1) {
  ["scalar"]=>
  string(3) "str"
}
object(stdClass)#3 (0) {
}
object(stdClass)#4 (1) {
  ["scalar"]=>
  float(1.5)
}
bool(true)
