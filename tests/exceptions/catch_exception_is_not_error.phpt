--TEST--
Exception does not catch engine errors (Error hierarchy)
--FILE--
<?php
try {
    try {
        intdiv(1, 0);
    } catch (Exception $e) {
        echo "never: DivisionByZeroError is an Error, not an Exception\n";
    }
} catch (Error $e) {
    echo "Error caught outside\n";
}
--EXPECT--
Error caught outside
