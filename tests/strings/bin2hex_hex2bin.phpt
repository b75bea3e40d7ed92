--TEST--
bin2hex() and hex2bin()
--FILE--
<?php
var_dump(bin2hex("abc\0\xff"));
var_dump(hex2bin("616263"));
var_dump(hex2bin("4A4b"));
var_dump(hex2bin(""));
var_dump(hex2bin("abc"));
var_dump(hex2bin("zz"));
--EXPECTF--
string(10) "61626300ff"
string(3) "abc"
string(2) "JK"
string(0) ""

Warning: hex2bin(): Hexadecimal input string must have an even length in %s on line 6
bool(false)

Warning: hex2bin(): Input string must be hexadecimal string in %s on line 7
bool(false)
