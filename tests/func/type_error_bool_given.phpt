--TEST--
TypeError message for a bool given to an array parameter
--FILE--
<?php
function f(array $a) {}
f(true);
--EXPECTF--

Fatal error: Uncaught TypeError: f(): Argument #1 ($a) must be of type array, bool given, called in %s on line 3 and defined in %s:2
Stack trace:
#0 %s(3): f(true)
#1 {main}
  thrown in %s on line 2
