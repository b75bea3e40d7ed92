--TEST--
(object) makes a stdClass: int keys become property names, scalars a "scalar" property
--FILE--
<?php
// (object) makes a stdClass: int keys become property names, scalars a "scalar" property
$o = (object) ['a' => 1, 5 => 'five', '07' => 'seven'];
var_dump($o);
var_dump($o->{5}, $o->{'5'}, isset($o->{'07'}), property_exists($o, 'a'));
$o->{6} = 'six';
unset($o->{5});
var_dump((array) $o);
$c1 = (object) 'str'; $c2 = (object) 42; $c3 = (object) null; $c4 = (object) [];
var_dump($c1, $c2, $c3, $c4);
$same = new stdClass;
var_dump((object) $same === $same);
$src = [1, 2];
$obj = (object) $src;
$obj->{0} = 'changed';
var_dump($src[0]);
class P { public $a = 1; protected $b = 2; private $c = 3; }
$p = new P;
$rt = (object) (array) $p;
var_dump($rt);
--EXPECT--
object(stdClass)#1 (3) {
  ["a"]=>
  int(1)
  ["5"]=>
  string(4) "five"
  ["07"]=>
  string(5) "seven"
}
string(4) "five"
string(4) "five"
bool(true)
bool(true)
array(3) {
  ["a"]=>
  int(1)
  ["07"]=>
  string(5) "seven"
  [6]=>
  string(3) "six"
}
object(stdClass)#2 (1) {
  ["scalar"]=>
  string(3) "str"
}
object(stdClass)#3 (1) {
  ["scalar"]=>
  int(42)
}
object(stdClass)#4 (0) {
}
object(stdClass)#5 (0) {
}
bool(true)
int(1)
object(stdClass)#9 (3) {
  ["a"]=>
  int(1)
  ["b":protected]=>
  int(2)
  ["c":"P":private]=>
  int(3)
}
