--TEST--
chunk_split()
--FILE--
<?php
var_dump(chunk_split("abcdefg", 3, "|"));
var_dump(chunk_split("abc", 5, "|"));
var_dump(chunk_split("abcd", 2));
var_dump(chunk_split("", 2, "|"));
var_dump(strlen(chunk_split(str_repeat("x", 100))));
--EXPECT--
string(10) "abc|def|g|"
string(4) "abc|"
string(8) "ab
cd
"
string(1) "|"
int(104)
