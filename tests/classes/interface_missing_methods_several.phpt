--TEST--
the message lists up to the missing methods
--FILE--
<?php
interface I {
    function f();
    function g();
    function h();
}
abstract class Partial implements I {
    function g() {}
}
class A extends Partial {}
--EXPECTF--

Fatal error: Class A contains 2 abstract methods and must therefore be declared abstract or implement the remaining methods (I::f, I::h) in %s on line 10
