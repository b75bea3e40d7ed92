--TEST--
an exception thrown in a catch block is not caught by its sibling clauses
--FILE--
<?php
function f() {
    try {
        intdiv(1, 0);
    } catch (DivisionByZeroError $e) {
        echo "first clause\n";
        undefined_function_abc();
    } catch (Error $e) {
        echo "never: sibling clauses do not see it\n";
    }
}
try {
    f();
} catch (Error $e) {
    echo "caller caught the new Error\n";
}
--EXPECT--
first clause
caller caught the new Error
