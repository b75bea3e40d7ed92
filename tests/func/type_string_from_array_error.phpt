--TEST--
string parameter given an array throws TypeError
--FILE--
<?php
function f(string $s) {}
f([]);
--EXPECTF--

Fatal error: Uncaught TypeError: f(): Argument #1 ($s) must be of type string, array given, called in %s on line 3 and defined in %s:2
Stack trace:
#0 %s(3): f(Array)
#1 {main}
  thrown in %s on line 2
