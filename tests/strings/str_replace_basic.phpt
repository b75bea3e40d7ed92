--TEST--
str_replace() with strings and arrays, and the count reference
--FILE--
<?php
var_dump(str_replace("world", "PHP", "hello world"));
var_dump(str_replace(["a", "b"], ["b", "c"], "ab"));
var_dump(str_replace(["a", "b", "c"], ["1"], "abcabc"));
var_dump(str_replace(["a", "b"], "-", "abcab", $count), $count);
var_dump(str_replace("", "x", "abc"));
var_dump(str_replace("a", "", "banana"));
var_dump(str_replace("aa", "a", "aaaa"));
--EXPECT--
string(9) "hello PHP"
string(2) "cc"
string(2) "11"
string(5) "--c--"
int(4)
string(3) "abc"
string(3) "bnn"
string(2) "aa"
