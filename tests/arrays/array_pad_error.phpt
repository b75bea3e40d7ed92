--TEST--
array_pad(): too many elements to add is a ValueError
--FILE--
<?php
var_dump(count(array_pad([], 1048576, 0)));
var_dump(array_pad([], 1048577, 0));
--EXPECTF--
int(1048576)

Fatal error: Uncaught ValueError: array_pad(): Argument #2 ($length) must be less than or equal to 1048576 in %s:3
Stack trace:
#0 %s(3): array_pad(Array, 1048577, 0)
#1 {main}
  thrown in %s on line 3
