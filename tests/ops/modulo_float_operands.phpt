--TEST--
% converts float operands to int (with deprecation for fractions) and by 0.5 is by zero
--FILE--
<?php
var_dump(10 % 3.0, -10.0 % 3, 5 % 2.0);
var_dump(5 % 0.5);
--EXPECTF--
int(1)
int(-1)
int(1)

Deprecated: Implicit conversion from float 0.5 to int loses precision in %s on line 3

Fatal error: Uncaught DivisionByZeroError: Modulo by zero in %s:3
Stack trace:
#0 {main}
  thrown in %s on line 3
