--TEST--
int parameter given a non-numeric string throws TypeError
--FILE--
<?php
function f(int $x) { return $x; }
echo "before\n";
f("abc");
--EXPECTF--
before

Fatal error: Uncaught TypeError: f(): Argument #1 ($x) must be of type int, string given, called in %s on line 4 and defined in %s:2
Stack trace:
#0 %s(4): f('abc')
#1 {main}
  thrown in %s on line 2
