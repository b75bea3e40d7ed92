--TEST--
the first clause that matches wins, parent classes match
--FILE--
<?php
try {
    intdiv(1, 0);
} catch (ArithmeticError $e) {
    echo "ArithmeticError (parent of DivisionByZeroError)\n";
} catch (DivisionByZeroError $e) {
    echo "never: an earlier clause matched\n";
}
function f($x) {}
try {
    f();
} catch (Exception $e) {
    echo "never: not an Exception\n";
} catch (TypeError $e) {
    echo "TypeError (parent of ArgumentCountError)\n";
} catch (Throwable $e) {
    echo "never\n";
}
--EXPECT--
ArithmeticError (parent of DivisionByZeroError)
TypeError (parent of ArgumentCountError)
