--TEST--
catch DivisionByZeroError thrown by intdiv()
--FILE--
<?php
try {
    echo "before\n";
    echo intdiv(1, 0);
    echo "not reached\n";
} catch (DivisionByZeroError $e) {
    echo "caught\n";
}
echo "after\n";
--EXPECT--
before
caught
after
