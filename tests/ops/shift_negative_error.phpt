--TEST--
shift by a negative amount throws ArithmeticError
--FILE--
<?php
echo "before\n";
var_dump(1 << -1);
--EXPECTF--
before

Fatal error: Uncaught ArithmeticError: Bit shift by negative number in %s:3
Stack trace:
#0 {main}
  thrown in %s on line 3
