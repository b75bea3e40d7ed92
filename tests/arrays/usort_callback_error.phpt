--TEST--
usort(): an invalid callback is a TypeError
--FILE--
<?php
$a = [2, 1];
usort($a, "no_such_function");
--EXPECTF--

Fatal error: Uncaught TypeError: usort(): Argument #2 ($callback) must be a valid callback, function "no_such_function" not found or invalid function name in %s:3
Stack trace:
#0 %s(3): usort(Array, 'no_such_functio...')
#1 {main}
  thrown in %s on line 3
