--TEST--
catch the DivisionByZeroError of % 0 (operator, not a builtin)
--FILE--
<?php
$zero = 0;
try {
    $x = 10 % $zero;
} catch (DivisionByZeroError $e) {
    echo "modulo caught\n";
}
var_dump(isset($x));
--EXPECT--
modulo caught
bool(false)
