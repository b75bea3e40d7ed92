--TEST--
"7xyz" + "abc": the leading-numeric warning for the left operand comes before the TypeError
--FILE--
<?php
$x = "7xyz";
$x += "abc";
--EXPECTF--

Warning: A non-numeric value encountered in %s on line 3

Fatal error: Uncaught TypeError: Unsupported operand types: string + string in %s:3
Stack trace:
#0 {main}
  thrown in %s on line 3
