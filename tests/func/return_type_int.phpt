--TEST--
return type int coerces numeric strings and rejects other strings
--FILE--
<?php
function f($v): int { return $v; }
var_dump(f(5), f("6"), f(7.0));
f("abc");
--EXPECTF--
int(5)
int(6)
int(7)

Fatal error: Uncaught TypeError: f(): Return value must be of type int, string returned in %s:2
Stack trace:
#0 %s(4): f('abc')
#1 {main}
  thrown in %s on line 2
