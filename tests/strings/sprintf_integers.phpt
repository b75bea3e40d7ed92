--TEST--
sprintf() %d %u %x %X %o %b %c with signs and padding
--FILE--
<?php
var_dump(sprintf("%d", 42), sprintf("%d", -42), sprintf("%+d", 42), sprintf("%+d", 0));
var_dump(sprintf("[%5d]", 42), sprintf("[%-5d]", 42), sprintf("[%05d]", -42), sprintf("[%+05d]", 42));
var_dump(sprintf("[%-05d]", 42), sprintf("[% 5d]", 42));
var_dump(sprintf("%u", -1), sprintf("%u", 3));
var_dump(sprintf("%x %X %o %b", 255, 255, 8, 5));
var_dump(sprintf("%x", -1), sprintf("%b", -2));
var_dump(sprintf("[%08b]", 5), sprintf("[%-8x]", 255), sprintf("[%.2x]", 255));
var_dump(sprintf("%c%c%c", 80, 72, 80), sprintf("[%5c]", 65));
var_dump(sprintf("%d", "12abc"), sprintf("%d", 3.99), sprintf("%d", -3.99), sprintf("%d", "1e3"));
var_dump(sprintf("%d", PHP_INT_MAX), sprintf("%d", PHP_INT_MIN), sprintf("%ld", 7));
--EXPECT--
string(2) "42"
string(3) "-42"
string(3) "+42"
string(2) "+0"
string(7) "[   42]"
string(7) "[42   ]"
string(7) "[-0042]"
string(7) "[+0042]"
string(7) "[42   ]"
string(7) "[   42]"
string(20) "18446744073709551615"
string(1) "3"
string(12) "ff FF 10 101"
string(16) "ffffffffffffffff"
string(64) "1111111111111111111111111111111111111111111111111111111111111110"
string(10) "[00000101]"
string(10) "[ff      ]"
string(2) "[]"
string(3) "PHP"
string(3) "[A]"
string(2) "12"
string(1) "3"
string(2) "-3"
string(4) "1000"
string(19) "9223372036854775807"
string(20) "-9223372036854775808"
string(1) "7"
