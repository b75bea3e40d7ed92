--TEST--
array_diff(): a non-array argument is a TypeError
--FILE--
<?php
var_dump(array_diff([1], [2], "x"));
--EXPECTF--

Fatal error: Uncaught TypeError: array_diff(): Argument #3 must be of type array, string given in %s:2
Stack trace:
#0 %s(2): array_diff(Array, Array, 'x')
#1 {main}
  thrown in %s on line 2
