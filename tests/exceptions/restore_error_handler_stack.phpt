--TEST--
restore_error_handler pops the handler stack
--FILE--
<?php
set_error_handler(function ($no, $str) { echo "first: $str\n"; });
set_error_handler(function ($no, $str) { echo "second: $str\n"; });
echo $a;
var_dump(restore_error_handler());
echo $b;
var_dump(restore_error_handler());
echo $c;
var_dump(restore_error_handler());
echo $d;
set_error_handler(function ($no, $str) { echo "third: $str\n"; });
set_error_handler(null);
echo $e;
restore_error_handler();
echo $f;
--EXPECTF--
second: Undefined variable $a
bool(true)
first: Undefined variable $b
bool(true)

Warning: Undefined variable $c in %s on line 8
bool(true)

Warning: Undefined variable $d in %s on line 10

Warning: Undefined variable $e in %s on line 13
third: Undefined variable $f
