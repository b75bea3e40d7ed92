--TEST--
dechex(), decbin(), decoct() and their inverses
--FILE--
<?php
var_dump(dechex(255), dechex(0), dechex(-1), dechex(PHP_INT_MAX));
var_dump(decbin(10), decbin(-1), decoct(8), decoct(-1));
var_dump(hexdec("ff"), hexdec("0xFF"), hexdec("7fffffffffffffff"), hexdec("ffffffffffffffff"));
var_dump(bindec("1010"), bindec("0b11"), octdec("777"), octdec("0o17"));
var_dump(hexdec(""), bindec(" 101 "));
--EXPECT--
string(2) "ff"
string(1) "0"
string(16) "ffffffffffffffff"
string(16) "7fffffffffffffff"
string(4) "1010"
string(64) "1111111111111111111111111111111111111111111111111111111111111111"
string(2) "10"
string(22) "1777777777777777777777"
int(255)
int(255)
int(9223372036854775807)
float(1.8446744073709552E+19)
int(10)
int(3)
int(511)
int(15)
int(0)
int(5)
