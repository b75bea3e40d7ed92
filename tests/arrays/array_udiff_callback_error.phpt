--TEST--
array_udiff(): the callback is checked before the arrays
--FILE--
<?php
var_dump(array_udiff(1, [1], "no_such_function"));
--EXPECTF--

Fatal error: Uncaught TypeError: array_udiff(): Argument #3 must be a valid callback, function "no_such_function" not found or invalid function name in %s:2
Stack trace:
#0 %s(2): array_udiff(1, Array, 'no_such_functio...')
#1 {main}
  thrown in %s on line 2
