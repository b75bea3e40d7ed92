--TEST--
substr() with an array argument throws TypeError
--FILE--
<?php
var_dump(substr("abc", 1));
substr([], 1);
--EXPECTF--
string(2) "bc"

Fatal error: Uncaught TypeError: substr(): Argument #1 ($string) must be of type string, array given in %s:3
Stack trace:
#0 %s(3): substr(Array, 1)
#1 {main}
  thrown in %s on line 3
