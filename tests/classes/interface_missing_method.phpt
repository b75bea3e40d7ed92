--TEST--
a class not implementing an interface method is a fatal error
--FILE--
<?php
interface I {
    function f();
}
class A implements I {}
--EXPECTF--

Fatal error: Class A contains 1 abstract method and must therefore be declared abstract or implement the remaining methods (I::f) in %s on line 5
