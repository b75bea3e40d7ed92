--TEST--
new Exception and getMessage() / getCode() / getLine()
--FILE--
<?php
try {
    throw new Exception("custom message", 42);
} catch (Exception $e) {
    echo $e->getMessage(), " ", $e->getCode(), " ", $e->getLine(), "\n";
}
try {
    intdiv(1, 0);
} catch (DivisionByZeroError $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
--EXPECT--
custom message 42 3
DivisionByZeroError: Division by zero
