--TEST--
an exception thrown in finally while one is pending gets it as previous (uncaught output shows both)
--FILE--
<?php
function f() {
    try {
        intdiv(1, 0);
    } finally {
        undefined_in_finally();
    }
}
try {
    f();
} catch (Error $e) {
    echo "the new Error is caught\n";
}
f();
--EXPECTF--
the new Error is caught

Fatal error: Uncaught DivisionByZeroError: Division by zero in %s:4
Stack trace:
#0 %s(4): intdiv(1, 0)
#1 %s(14): f()
#2 {main}

Next Error: Call to undefined function undefined_in_finally() in %s:6
Stack trace:
#0 %s(14): f()
#1 {main}
  thrown in %s on line 6
