--TEST--
trim(), ltrim(), rtrim() and chop() with the default characters
--FILE--
<?php
var_dump(trim("  \t\n\r\0\x0Bhello \n"));
var_dump(ltrim("  hello  "));
var_dump(rtrim("  hello  "));
var_dump(chop("hello\n"));
var_dump(trim("\x0c hello"));
var_dump(trim(""));
--EXPECT--
string(5) "hello"
string(7) "hello  "
string(7) "  hello"
string(5) "hello"
string(7) " hello"
string(0) ""
