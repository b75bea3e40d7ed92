--TEST--
pow() of an array is Unsupported operand types
--FILE--
<?php
var_dump(pow([], 2));
--EXPECTF--

Fatal error: Uncaught TypeError: Unsupported operand types: array ** int in %s:2
Stack trace:
#0 %s(2): pow(Array, 2)
#1 {main}
  thrown in %s on line 2
