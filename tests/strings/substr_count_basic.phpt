--TEST--
substr_count() counts non-overlapping occurrences, with offset and length
--FILE--
<?php
var_dump(substr_count("hello hello hello", "hello"));
var_dump(substr_count("aaa", "aa"));
var_dump(substr_count("hello world", "o", 5));
var_dump(substr_count("hello world", "o", -4));
var_dump(substr_count("hello world", "o", 3, 3));
var_dump(substr_count("hello world", "o", 0, -5));
var_dump(substr_count("abc", "d"));
var_dump(substr_count("abcabc", "abc", 6));
--EXPECT--
int(3)
int(1)
int(1)
int(1)
int(1)
int(1)
int(0)
int(0)
