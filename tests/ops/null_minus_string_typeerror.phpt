--TEST--
null - "x" reports the null operand type
--FILE--
<?php
var_dump(null - "x");
--EXPECTF--

Fatal error: Uncaught TypeError: Unsupported operand types: null - string in %s:2
Stack trace:
#0 {main}
  thrown in %s on line 2
