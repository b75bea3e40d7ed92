--TEST--
ArgumentCountError is thrown at the call: the callee's own try never sees it
--FILE--
<?php
function needs_two($a, $b) {
    try {
        echo "body runs\n";
    } catch (Throwable $e) {
        echo "wrong: caught inside the callee\n";
    }
}
try {
    needs_two(1);
} catch (ArgumentCountError $e) {
    echo "ArgumentCountError caught by the caller\n";
}
try {
    needs_two(1);
} catch (TypeError $e) {
    echo "and it is a TypeError\n";
}
needs_two(1, 2);
--EXPECT--
ArgumentCountError caught by the caller
and it is a TypeError
body runs
