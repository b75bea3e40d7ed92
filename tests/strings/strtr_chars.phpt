--TEST--
strtr() with from/to strings
--FILE--
<?php
var_dump(strtr("Hi all", "ai", "eo"));
var_dump(strtr("abc", "ab", "x"));
var_dump(strtr("abc", "", "x"));
var_dump(strtr("abc", "abc", ""));
--EXPECT--
string(6) "Ho ell"
string(3) "xbc"
string(3) "abc"
string(3) "abc"
