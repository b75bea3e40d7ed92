--TEST--
number_format() with a non-numeric string throws TypeError
--FILE--
<?php
number_format("abc");
--EXPECTF--

Fatal error: Uncaught TypeError: number_format(): Argument #1 ($num) must be of type float, string given in %s:2
Stack trace:
#0 %s(2): number_format('abc')
#1 {main}
  thrown in %s on line 2
