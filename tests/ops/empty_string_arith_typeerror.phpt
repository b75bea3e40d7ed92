--TEST--
"" is non-numeric: 1 + "" throws TypeError
--FILE--
<?php
var_dump(1 + "");
--EXPECTF--

Fatal error: Uncaught TypeError: Unsupported operand types: int + string in %s:2
Stack trace:
#0 {main}
  thrown in %s on line 2
