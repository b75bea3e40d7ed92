--TEST--
a required parameter skipped by named args throws ArgumentCountError
--FILE--
<?php
function f($a, $b) {}
f(b: 2);
--EXPECTF--

Fatal error: Uncaught ArgumentCountError: f(): Argument #1 ($a) not passed in %s:2
Stack trace:
#0 %s(3): f(NULL, 2)
#1 {main}
  thrown in %s on line 2
