--TEST--
TypeError of a builtin argument, caught as TypeError
--FILE--
<?php
try {
    echo strlen([]);
} catch (TypeError $e) {
    echo "TypeError caught\n";
}
try {
    echo intdiv("abc", 1);
} catch (TypeError $e) {
    echo "TypeError caught again\n";
}
--EXPECT--
TypeError caught
TypeError caught again
