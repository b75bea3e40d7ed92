--TEST--
throw $e rethrows the caught object itself
--FILE--
<?php
function thrower() {
    try {
        intdiv(1, 0);
    } catch (DivisionByZeroError $e) {
        echo "inner catch, rethrowing\n";
        $GLOBALS['first'] = $e;
        throw $e;
    }
}
try {
    thrower();
} catch (DivisionByZeroError $again) {
    echo "outer catch\n";
    var_dump($again === $first);
}
--EXPECT--
inner catch, rethrowing
outer catch
bool(true)
