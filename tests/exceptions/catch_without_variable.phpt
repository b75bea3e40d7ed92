--TEST--
catch (Type) without a variable (PHP 8)
--FILE--
<?php
$e = "untouched";
try {
    intdiv(1, 0);
} catch (DivisionByZeroError) {
    echo "caught without a variable\n";
}
var_dump($e);
--EXPECT--
caught without a variable
string(9) "untouched"
