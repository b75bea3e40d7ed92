--TEST--
array_rand(): asking for more keys than there are is a ValueError
--FILE--
<?php
var_dump(array_rand([1, 2], 3));
--EXPECTF--

Fatal error: Uncaught ValueError: array_rand(): Argument #2 ($num) must be between 1 and the number of elements in argument #1 ($array) in %s:2
Stack trace:
#0 %s(2): array_rand(Array, 3)
#1 {main}
  thrown in %s on line 2
