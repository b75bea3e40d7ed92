--TEST--
set_error_handler checks its callback
--FILE--
<?php
var_dump(set_error_handler(null));
set_error_handler('no_such_function');
--EXPECTF--
NULL

Fatal error: Uncaught TypeError: set_error_handler(): Argument #1 ($callback) must be a valid callback or null, function "no_such_function" not found or invalid function name in %s:3
Stack trace:
#0 %s(3): set_error_handler('no_such_functio...')
#1 {main}
  thrown in %s on line 3
