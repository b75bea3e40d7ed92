--TEST--
a class that does not exist never matches (no autoloading for catch)
--FILE--
<?php
try {
    try {
        intdiv(1, 0);
    } catch (NoSuchClass $e) {
        echo "never\n";
    } catch (Another\Missing | AlsoMissing $e) {
        echo "never either\n";
    }
} catch (Error $e) {
    echo "the outer try catches it\n";
}
--EXPECT--
the outer try catches it
