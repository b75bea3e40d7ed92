--TEST--
array + int throws TypeError "Unsupported operand types: array + int"
--FILE--
<?php
$a = [1];
var_dump($a + 1);
--EXPECTF--

Fatal error: Uncaught TypeError: Unsupported operand types: array + int in %s:3
Stack trace:
#0 {main}
  thrown in %s on line 3
