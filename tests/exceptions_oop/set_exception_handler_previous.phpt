--TEST--
set_exception_handler returns the previous handler and restore works
--FILE--
<?php
function first($e) { echo "first: ", $e->getMessage(), "\n"; }
var_dump(set_exception_handler('first'));
$prev = set_exception_handler(function ($e) { echo "second\n"; });
var_dump($prev);
restore_exception_handler();
throw new Exception("goes to first");
--EXPECT--
NULL
string(5) "first"
first: goes to first
