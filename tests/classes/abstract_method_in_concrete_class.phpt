--TEST--
a class with an abstract method must be abstract
--FILE--
<?php
class A {
    abstract function f();
}
--EXPECTF--

Fatal error: Class A contains 1 abstract method and must therefore be declared abstract or implement the remaining methods (A::f) in %s on line 2
