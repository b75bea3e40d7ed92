--TEST--
diagnostics printed on stdout go into the buffer
--FILE--
<?php
ob_start();
echo $undefined;
$s = ob_get_clean();
var_dump(strlen($s) > 0, str_contains($s, "Warning: Undefined variable"));
--EXPECT--
bool(true)
bool(true)
