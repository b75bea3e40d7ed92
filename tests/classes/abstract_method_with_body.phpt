--TEST--
an abstract method cannot have a body
--FILE--
<?php
abstract class A {
    abstract function f() { return 1; }
}
--EXPECTF--

Fatal error: Abstract function A::f() cannot contain body in %s on line 3
