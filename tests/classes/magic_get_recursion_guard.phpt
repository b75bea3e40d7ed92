--TEST--
__get is not called recursively for the same property
--FILE--
<?php
class A {
    public function __get($n) { echo "get $n\n"; return $this->$n; }
    public function __set($n, $v) { echo "set $n\n"; $this->$n = $v; }
}
$a = new A;
var_dump($a->x);
$a->y = 5;
var_dump($a->y);
var_dump($a);
--EXPECTF--
get x

Warning: Undefined property: A::$x in %s on line 3
NULL
set y

Deprecated: Creation of dynamic property A::$y is deprecated in %s on line 4
int(5)
object(A)#1 (1) {
  ["y"]=>
  int(5)
}
