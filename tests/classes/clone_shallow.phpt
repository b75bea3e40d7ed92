--TEST--
clone copies properties shallowly; objects inside are shared
--FILE--
<?php
class Inner { public $v = 1; }
class Outer {
    public $inner;
    public $arr = [1, 2];
    public $scalar = 'a';
    function __construct() { $this->inner = new Inner; }
}
$a = new Outer;
$b = clone $a;
$b->scalar = 'b';
$b->arr[] = 3;
$b->inner->v = 99;
var_dump($a->scalar, count($a->arr), $a->inner->v);
var_dump($a === $b, $a == $b, $a->inner === $b->inner);
var_dump($a);
var_dump($b);
--EXPECT--
string(1) "a"
int(2)
int(99)
bool(false)
bool(false)
bool(true)
object(Outer)#1 (3) {
  ["inner"]=>
  object(Inner)#2 (1) {
    ["v"]=>
    int(99)
  }
  ["arr"]=>
  array(2) {
    [0]=>
    int(1)
    [1]=>
    int(2)
  }
  ["scalar"]=>
  string(1) "a"
}
object(Outer)#3 (3) {
  ["inner"]=>
  object(Inner)#2 (1) {
    ["v"]=>
    int(99)
  }
  ["arr"]=>
  array(3) {
    [0]=>
    int(1)
    [1]=>
    int(2)
    [2]=>
    int(3)
  }
  ["scalar"]=>
  string(1) "b"
}
