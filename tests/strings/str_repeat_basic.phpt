--TEST--
str_repeat()
--FILE--
<?php
var_dump(str_repeat("ab", 3));
var_dump(str_repeat("x", 0));
var_dump(str_repeat("", 5));
var_dump(str_repeat("-=", 1));
var_dump(strlen(str_repeat("abc", 1000)));
--EXPECT--
string(6) "ababab"
string(0) ""
string(0) ""
string(2) "-="
int(3000)
