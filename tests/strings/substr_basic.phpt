--TEST--
substr() with positive and negative offsets and lengths
--FILE--
<?php
var_dump(substr("abcdef", 1));
var_dump(substr("abcdef", 1, 3));
var_dump(substr("abcdef", 0, 4));
var_dump(substr("abcdef", -1));
var_dump(substr("abcdef", -3, 1));
var_dump(substr("abcdef", 0, -1));
var_dump(substr("abcdef", 2, -1));
var_dump(substr("abcdef", 4, -4));
var_dump(substr("abcdef", -3, -1));
var_dump(substr("abc", 3));
var_dump(substr("abc", 5));
var_dump(substr("abc", -10));
var_dump(substr("abc", 1, null));
var_dump(substr("", 0, 1));
var_dump(substr("abc", PHP_INT_MIN, 2));
var_dump(substr("abc", 0, PHP_INT_MAX));
--EXPECT--
string(5) "bcdef"
string(3) "bcd"
string(4) "abcd"
string(1) "f"
string(1) "d"
string(5) "abcde"
string(3) "cde"
string(0) ""
string(2) "de"
string(0) ""
string(0) ""
string(3) "abc"
string(2) "bc"
string(0) ""
string(2) "ab"
string(3) "abc"
