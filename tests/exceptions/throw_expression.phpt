--TEST--
throw as an expression (??, ?:, arrow functions, rethrow)
--FILE--
<?php
function check($v) {
    try {
        intdiv(1, 0);
    } catch (DivisionByZeroError $dz) {
        return $v ?? throw $dz;
    }
}
echo check("value"), "\n";
try {
    check(null);
} catch (DivisionByZeroError $e) {
    echo "?? throw\n";
}
try {
    undefined_f();
} catch (Error $err) {
    $rethrow = fn() => throw $err;
}
try {
    $rethrow();
} catch (Error $e) {
    echo "arrow fn throw\n";
}
try {
    $x = 0 ?: throw $err;
} catch (Error $e) {
    echo "?: throw\n";
}
--EXPECT--
value
?? throw
arrow fn throw
?: throw
