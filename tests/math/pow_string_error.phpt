--TEST--
pow() of a non-numeric string is Unsupported operand types
--FILE--
<?php
var_dump(pow("abc", 2));
--EXPECTF--

Fatal error: Uncaught TypeError: Unsupported operand types: string ** int in %s:2
Stack trace:
#0 %s(2): pow('abc', 2)
#1 {main}
  thrown in %s on line 2
