--TEST--
abs() of an array is a TypeError
--FILE--
<?php
echo "before\n";
abs([1]);
--EXPECTF--
before

Fatal error: Uncaught TypeError: abs(): Argument #1 ($num) must be of type int|float, array given in %s:3
Stack trace:
#0 %s(3): abs(Array)
#1 {main}
  thrown in %s on line 3
