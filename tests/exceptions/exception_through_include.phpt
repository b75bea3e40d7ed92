--TEST--
exceptions leave an included file; its variables stay; its finally runs
--FILE--
<?php
try {
    include __DIR__ . '/fixture_throws_in_finally.inc';
} catch (DivisionByZeroError $e) {
    echo "caught: $from_include\n";
}
function in_function() {
    try {
        include __DIR__ . '/fixture_throws_in_finally.inc';
    } catch (DivisionByZeroError $e) {
        return "caught in function: $from_include";
    }
}
echo in_function(), "\n";
--EXPECT--
include finally
caught: set before the throw
include finally
caught in function: set before the throw
