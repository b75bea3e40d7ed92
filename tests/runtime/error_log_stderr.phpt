--TEST--
error_log writes the message to stderr, not stdout
--FILE--
<?php
var_dump(error_log("to stderr"));
var_dump(error_log("sapi logger", 4));
echo "stdout only\n";
--EXPECT--
bool(true)
bool(true)
stdout only
