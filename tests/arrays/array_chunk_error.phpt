--TEST--
array_chunk(): a size below 1 is a ValueError
--FILE--
<?php
var_dump(array_chunk([1], 0));
--EXPECTF--

Fatal error: Uncaught ValueError: array_chunk(): Argument #2 ($length) must be greater than 0 in %s:2
Stack trace:
#0 %s(2): array_chunk(Array, 0)
#1 {main}
  thrown in %s on line 2
