--TEST--
declaring a property twice in a class is a fatal error
--FILE--
<?php
class A {
    public $x;
    public $x = 2;
}
--EXPECTF--

Fatal error: Cannot redeclare A::$x in %s on line 4
