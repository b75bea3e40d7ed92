--TEST--
division by zero throws DivisionByZeroError "Division by zero"
--FILE--
<?php
echo "before\n";
$z = 0;
echo 1 / $z;
echo "not reached\n";
--EXPECTF--
before

Fatal error: Uncaught DivisionByZeroError: Division by zero in %s:4
Stack trace:
#0 {main}
  thrown in %s on line 4
