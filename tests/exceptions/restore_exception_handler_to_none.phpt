--TEST--
with no handler left, the uncaught exception is reported
--FILE--
<?php
set_exception_handler(function ($e) { echo "never\n"; });
restore_exception_handler();
var_dump(restore_exception_handler());
set_exception_handler(function ($e) { echo "never either\n"; });
set_exception_handler(null);
1 % 0;
--EXPECTF--
bool(true)

Fatal error: Uncaught DivisionByZeroError: Modulo by zero in %s:7
Stack trace:
#0 {main}
  thrown in %s on line 7
