--TEST--
an exception thrown in finally replaces the pending one and chains it
--FILE--
<?php
try {
    try {
        throw new Exception("first");
    } finally {
        throw new RuntimeException("second");
    }
} catch (Exception $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
    echo "previous: ", $e->getPrevious()?->getMessage() ?? "none", "\n";
}
--EXPECT--
RuntimeException: second
previous: first
