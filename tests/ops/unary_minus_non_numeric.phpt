--TEST--
unary minus on a non-numeric string reports string * int
--FILE--
<?php
var_dump(-"abc");
--EXPECTF--

Fatal error: Uncaught TypeError: Unsupported operand types: string * int in %s:2
Stack trace:
#0 {main}
  thrown in %s on line 2
