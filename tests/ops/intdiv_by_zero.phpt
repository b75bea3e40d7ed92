--TEST--
intdiv by zero throws DivisionByZeroError from the builtin
--FILE--
<?php
var_dump(intdiv(1, 0));
--EXPECTF--

Fatal error: Uncaught DivisionByZeroError: Division by zero in %s:2
Stack trace:
#0 %s(2): intdiv(1, 0)
#1 {main}
  thrown in %s on line 2
