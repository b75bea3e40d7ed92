--TEST--
Error objects have the same API as exceptions
--FILE--
<?php
try {
    (function () { return 1 / 0; })();
} catch (DivisionByZeroError $e) {
    echo get_class($e), "|", $e->getMessage(), "|", $e->getCode(), "|", $e->getLine(), "|", count($e->getTrace()), "\n";
    echo $e->getTraceAsString(), "\n";
    var_dump($e instanceof ArithmeticError);
}
--EXPECTF--
DivisionByZeroError|Division by zero|0|3|1
#0 %s(3): {closure}()
#1 {main}
bool(true)
