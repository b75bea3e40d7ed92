--TEST--
getPrevious() of an exception thrown in finally is the pending one
--FILE--
<?php
function f() {
    try {
        intdiv(1, 0);
    } finally {
        throw new RuntimeException("from finally");
    }
}
try {
    f();
} catch (RuntimeException $e) {
    echo get_class($e), " <- ", get_class($e->getPrevious()), "\n";
    echo $e->getPrevious()->getMessage(), "\n";
}
--EXPECT--
RuntimeException <- DivisionByZeroError
Division by zero
