--TEST--
>> by a negative amount also throws ArithmeticError
--FILE--
<?php
$n = -2;
var_dump(1 >> $n);
--EXPECTF--

Fatal error: Uncaught ArithmeticError: Bit shift by negative number in %s:3
Stack trace:
#0 {main}
  thrown in %s on line 3
