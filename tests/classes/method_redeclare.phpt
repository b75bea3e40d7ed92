--TEST--
declaring a method twice in a class is a fatal error
--FILE--
<?php
class A {
    function f() {}
    function F() {}
}
--EXPECTF--

Fatal error: Cannot redeclare A::F() in %s on line 4
