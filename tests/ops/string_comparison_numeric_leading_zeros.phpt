--TEST--
"00" == "0", "1e3" == "1000" and leading zero numeric strings
--FILE--
<?php
var_dump("00" == "0", "0.0" == "0", "abc" == "0", "1e3" === "1000", "001" == "1", "10" == "010", "1e0" == "1", "0" == "", null == "0");
--EXPECT--
bool(true)
bool(true)
bool(false)
bool(false)
bool(true)
bool(true)
bool(true)
bool(false)
bool(false)
