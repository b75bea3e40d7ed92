--TEST--
a float parameter rejects arrays
--FILE--
<?php
var_dump(sqrt([4]));
--EXPECTF--

Fatal error: Uncaught TypeError: sqrt(): Argument #1 ($num) must be of type float, array given in %s:2
Stack trace:
#0 %s(2): sqrt(Array)
#1 {main}
  thrown in %s on line 2
