--TEST--
next(): a non-array is a TypeError
--FILE--
<?php
$x = 5;
next($x);
--EXPECTF--

Fatal error: Uncaught TypeError: next(): Argument #1 ($array) must be of type array, int given in %s:3
Stack trace:
#0 %s(3): next(5)
#1 {main}
  thrown in %s on line 3
