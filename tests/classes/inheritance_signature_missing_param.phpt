--TEST--
an override may not require more parameters
--FILE--
<?php
class A {
    public function f($x) {}
}
class B extends A {
    public function f($x, $y) {}
}
--EXPECTF--

Fatal error: Declaration of B::f($x, $y) must be compatible with A::f($x) in %s on line 6
