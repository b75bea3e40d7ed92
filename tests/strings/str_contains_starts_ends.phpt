--TEST--
str_contains(), str_starts_with() and str_ends_with()
--FILE--
<?php
var_dump(str_contains("abc", "b"), str_contains("abc", ""), str_contains("", ""), str_contains("abc", "B"));
var_dump(str_starts_with("abc", "ab"), str_starts_with("abc", ""), str_starts_with("a", "abc"));
var_dump(str_ends_with("abc", "bc"), str_ends_with("abc", ""), str_ends_with("abc", "abcd"));
var_dump(str_contains("a\0b", "\0"));
--EXPECT--
bool(true)
bool(true)
bool(true)
bool(false)
bool(true)
bool(true)
bool(false)
bool(true)
bool(true)
bool(false)
bool(true)
