--TEST--
restore_exception_handler goes back to the previous handler (or none)
--FILE--
<?php
set_exception_handler(function ($e) { echo "first\n"; });
set_exception_handler(function ($e) { echo "second\n"; });
var_dump(restore_exception_handler());
undefined_function_call();
--EXPECT--
bool(true)
first
