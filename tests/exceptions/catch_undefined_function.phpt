--TEST--
Error from a call to an undefined function
--FILE--
<?php
try {
    undefined_function_xyz();
} catch (Error $e) {
    echo "Error caught\n";
}
--EXPECT--
Error caught
