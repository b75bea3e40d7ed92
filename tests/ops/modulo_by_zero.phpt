--TEST--
modulo by zero throws DivisionByZeroError "Modulo by zero"
--FILE--
<?php
echo "before\n";
echo 5 % 0;
--EXPECTF--
before

Fatal error: Uncaught DivisionByZeroError: Modulo by zero in %s:3
Stack trace:
#0 {main}
  thrown in %s on line 3
