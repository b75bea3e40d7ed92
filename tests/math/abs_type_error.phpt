--TEST--
abs() of a non-numeric string is a TypeError
--FILE--
<?php
var_dump(abs("abc"));
--EXPECTF--

Fatal error: Uncaught TypeError: abs(): Argument #1 ($num) must be of type int|float, string given in %s:2
Stack trace:
#0 %s(2): abs('abc')
#1 {main}
  thrown in %s on line 2
