--TEST--
throw of a non-object is an Error "Can only throw objects"
--FILE--
<?php
try {
    throw 5;
} catch (Error $e) {
    echo "Error caught\n";
}
$s = "string";
try {
    throw $s;
} catch (Throwable $e) {
    echo "again\n";
}
throw null;
--EXPECTF--
Error caught
again

Fatal error: Uncaught Error: Can only throw objects in %s:13
Stack trace:
#0 {main}
  thrown in %s on line 13
