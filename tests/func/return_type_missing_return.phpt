--TEST--
a function with non-nullable return type that falls off the end throws TypeError
--FILE--
<?php
function f(): int { }
f();
--EXPECTF--

Fatal error: Uncaught TypeError: f(): Return value must be of type int, none returned in %s:2
Stack trace:
#0 %s(3): f()
#1 {main}
  thrown in %s on line 2
