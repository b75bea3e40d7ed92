--TEST--
array_map(): a non-array extra argument is a TypeError
--FILE--
<?php
var_dump(array_map(null, [1], 2));
--EXPECTF--

Fatal error: Uncaught TypeError: array_map(): Argument #3 must be of type array, int given in %s:2
Stack trace:
#0 %s(2): array_map(NULL, Array, 2)
#1 {main}
  thrown in %s on line 2
