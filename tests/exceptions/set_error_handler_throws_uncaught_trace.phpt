--TEST--
stack trace of an exception thrown in an error handler
--FILE--
<?php
set_error_handler(function ($no, $str, $file, $line) {
    if ($no === E_USER_NOTICE) intdiv(1, 0);
    echo "warning handled: $str\n";
});
function f($a) { return $a . $undefined; }
f("x");
function g() { trigger_error("boom"); }
g();
--EXPECTF--
warning handled: Undefined variable $undefined

Fatal error: Uncaught DivisionByZeroError: Division by zero in %s:3
Stack trace:
#0 %s(3): intdiv(1, 0)
#1 [internal function]: {closure}(1024, 'boom', '%s...', 8)
#2 %s(8): trigger_error('boom')
#3 %s(9): g()
#4 {main}
  thrown in %s on line 3
