--TEST--
the uncaught exception message goes through the open buffer
--FILE--
<?php
ob_start(fn($b) => "captured: " . var_export(str_contains($b, "Fatal error: Uncaught Exception: boom"), true) . "\n");
echo "x";
throw new Exception("boom");
--EXPECT--
captured: true
