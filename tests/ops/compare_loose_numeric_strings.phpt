--TEST--
two numeric strings compare as numbers with ==
--FILE--
<?php
var_dump("1e3" == "1000", "+1" == "1", "0x10" == "16", " 1" == "1", "1" == "1.0", "abc" == "abc ", "9223372036854775807" == "9223372036854775808");
--EXPECT--
bool(true)
bool(true)
bool(false)
bool(true)
bool(true)
bool(false)
bool(false)
