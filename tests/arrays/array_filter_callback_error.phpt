--TEST--
array_filter(): an invalid callback is a TypeError
--FILE--
<?php
var_dump(array_filter([1], "no_such_function"));
--EXPECTF--

Fatal error: Uncaught TypeError: array_filter(): Argument #2 ($callback) must be a valid callback or null, function "no_such_function" not found or invalid function name in %s:2
Stack trace:
#0 %s(2): array_filter(Array, 'no_such_functio...')
#1 {main}
  thrown in %s on line 2
