--TEST--
strpos(), stripos(), strrpos() and strripos() with offsets
--FILE--
<?php
var_dump(strpos("hello world", "o"));
var_dump(strpos("hello world", "o", 5));
var_dump(strpos("hello world", "o", -3));
var_dump(strpos("hello world", "x"));
var_dump(strpos("hello", ""));
var_dump(strpos("hello", "", 5));
var_dump(stripos("Hello World", "WORLD"));
var_dump(stripos("ABC", "b", -2));
var_dump(strrpos("hello world", "o"));
var_dump(strrpos("hello world", "o", -5));
var_dump(strrpos("hello world", "o", 8));
var_dump(strrpos("abcabc", "c", -1));
var_dump(strrpos("abcabc", "c", -2));
var_dump(strrpos("abc", ""));
var_dump(strripos("ABCabc", "A"));
var_dump(strripos("ABCabc", "a", -4));
--EXPECT--
int(4)
int(7)
bool(false)
bool(false)
int(0)
int(5)
int(6)
int(1)
int(7)
int(4)
bool(false)
int(5)
int(2)
int(3)
int(3)
int(0)
