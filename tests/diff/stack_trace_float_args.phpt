--TEST--
Stack trace prints float arguments with precision 14 and a .0 suffix for integral values
--FILE--
<?php
function f() { return 1 % 0; }
f(1.0, 0.1, -0.0, 1e15, 0.30000000000000004, 100.0, -2.0);
--EXPECTF--

Fatal error: Uncaught DivisionByZeroError: Modulo by zero in %s:2
Stack trace:
#0 %s(3): f(1.0, 0.1, -0.0, 1.0E+15, 0.3, 100.0, -2.0)
#1 {main}
  thrown in %s on line 2
