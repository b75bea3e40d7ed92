--TEST--
base_convert()
--FILE--
<?php
var_dump(base_convert("ff", 16, 2));
var_dump(base_convert("255", 10, 36));
var_dump(base_convert("zz", 36, 10));
var_dump(base_convert("0", 10, 2));
var_dump(base_convert("ffffffffffffffffffff", 16, 10));
var_dump(base_convert("FF", 16, 10));
--EXPECT--
string(8) "11111111"
string(2) "73"
string(4) "1295"
string(1) "0"
string(25) "1208925819614629446642046"
string(3) "255"
