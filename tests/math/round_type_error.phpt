--TEST--
round() with a non-numeric precision is a TypeError
--FILE--
<?php
var_dump(round(1.5, "x"));
--EXPECTF--

Fatal error: Uncaught TypeError: round(): Argument #2 ($precision) must be of type int, string given in %s:2
Stack trace:
#0 %s(2): round(1.5, 'x')
#1 {main}
  thrown in %s on line 2
