--TEST--
trim() with character lists and ranges
--FILE--
<?php
var_dump(trim("xxhelloxx", "x"));
var_dump(trim("abcHELLOcba", "a..c"));
var_dump(ltrim("0012300", "0"));
var_dump(rtrim("1.5000", "0"));
var_dump(trim("[hello]", "[]"));
var_dump(trim("hello", ""));
var_dump(rtrim("abc123", "0..9"));
var_dump(trim("..a..", "."));
--EXPECT--
string(5) "hello"
string(5) "HELLO"
string(5) "12300"
string(3) "1.5"
string(5) "hello"
string(5) "hello"
string(3) "abc"
string(1) "a"
