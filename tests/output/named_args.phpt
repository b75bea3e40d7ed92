--TEST--
ob_start with named arguments (flags only): a cleanable but not removable buffer
--FILE--
<?php
ob_start(flags: PHP_OUTPUT_HANDLER_CLEANABLE);
echo "x";
var_dump(ob_get_status()["flags"]);
var_dump(ob_end_clean());
$s = ob_get_contents();
ob_clean();
echo strlen($s) > 0 ? "has\n" : "empty\n";
--EXPECT--
has
