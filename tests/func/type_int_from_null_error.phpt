--TEST--
non-nullable int parameter given null throws TypeError
--FILE--
<?php
function f(int $x) { return $x; }
f(null);
--EXPECTF--

Fatal error: Uncaught TypeError: f(): Argument #1 ($x) must be of type int, null given, called in %s on line 3 and defined in %s:2
Stack trace:
#0 %s(3): f(NULL)
#1 {main}
  thrown in %s on line 2
