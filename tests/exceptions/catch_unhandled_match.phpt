--TEST--
UnhandledMatchError from a match without a matching arm
--FILE--
<?php
function pick($v) {
    return match ($v) { 1 => "one", 2 => "two" };
}
echo pick(2), "\n";
try {
    echo pick(3), "\n";
} catch (UnhandledMatchError $e) {
    echo "no arm for 3\n";
}
--EXPECT--
two
no arm for 3
