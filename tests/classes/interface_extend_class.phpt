--TEST--
a class cannot extend an interface
--FILE--
<?php
interface I {}
class A extends I {}
--EXPECTF--

Fatal error: Class A cannot extend interface I in %s on line 3
