--TEST--
output, warnings and the fatal error appear in execution order
--FILE--
<?php
echo "1\n";
echo $u;
echo "2\n";
$x = 1 % 0;
echo "3\n";
--EXPECTF--
1

Warning: Undefined variable $u in %s on line 3
2

Fatal error: Uncaught DivisionByZeroError: Modulo by zero in %s:5
Stack trace:
#0 {main}
  thrown in %s on line 5
