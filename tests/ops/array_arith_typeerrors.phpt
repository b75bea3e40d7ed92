--TEST--
other unsupported operand combinations: int - array, array * array
--FILE--
<?php
var_dump([] == 0);
echo 1 - [];
--EXPECTF--
bool(false)

Fatal error: Uncaught TypeError: Unsupported operand types: int - array in %s:3
Stack trace:
#0 {main}
  thrown in %s on line 3
