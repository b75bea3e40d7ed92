--TEST--
an exception thrown by the handler goes on from the place of the warning
--FILE--
<?php
set_error_handler(function ($no, $str, $file, $line) {
    throw_from_handler();
});
function throw_from_handler() { intdiv(1, 0); }
function reads_undefined() {
    try {
        $x = $undefined + 1;
        echo "never\n";
    } finally {
        echo "finally of the function that warned\n";
    }
}
try {
    reads_undefined();
} catch (DivisionByZeroError $e) {
    echo "caught where the call was made\n";
}
try {
    trigger_error("through a builtin");
    echo "never\n";
} catch (DivisionByZeroError $e) {
    echo "caught through trigger_error\n";
}
echo "handler still installed: ";
try { echo $again; } catch (DivisionByZeroError $e) { echo "yes\n"; }
--EXPECT--
finally of the function that warned
caught where the call was made
caught through trigger_error
handler still installed: yes
