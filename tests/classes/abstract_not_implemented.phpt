--TEST--
a concrete class must implement inherited abstract methods
--FILE--
<?php
abstract class A {
    abstract function f();
    abstract function g($x);
}
echo "not reached\n";
class B extends A {
    function f() {}
}
--EXPECTF--

Fatal error: Class B contains 1 abstract method and must therefore be declared abstract or implement the remaining methods (A::g) in %s on line 7
