--TEST--
an exception thrown in finally replaces a pending return
--FILE--
<?php
function f() {
    try {
        return "never returned";
    } finally {
        echo "finally throws\n";
        intdiv(1, 0);
    }
}
try {
    echo f();
} catch (DivisionByZeroError $e) {
    echo "caught\n";
}
--EXPECT--
finally throws
caught
