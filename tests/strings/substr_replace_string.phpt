--TEST--
substr_replace() on a single string
--FILE--
<?php
var_dump(substr_replace("Hello World", "PHP", 6, 5));
var_dump(substr_replace("Hello World", "PHP", 6));
var_dump(substr_replace("Hello", "J", 0, 1));
var_dump(substr_replace("Hello", "XX", -2));
var_dump(substr_replace("Hello", "XX", 1, -2));
var_dump(substr_replace("Hello", "XX", 10));
var_dump(substr_replace("Hello", "", 1, 3));
var_dump(substr_replace("Hello", "!", 5, 0));
var_dump(substr_replace("Hello", ["A", "B"], 0, 1));
var_dump(substr_replace("abc", [], 1, 1));
--EXPECT--
string(9) "Hello PHP"
string(9) "Hello PHP"
string(5) "Jello"
string(5) "HelXX"
string(5) "HXXlo"
string(7) "HelloXX"
string(2) "Ho"
string(6) "Hello!"
string(5) "Aello"
string(2) "ac"
