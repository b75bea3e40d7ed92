--TEST--
< > on strings: numeric strings numerically, others byte-wise
--FILE--
<?php
var_dump("abc" < "abd", "Z" < "a", "10" < "9", "10" < "9a", "abc" < "abcd", "" < "a", "1e1" > "9", " 10" > "9", "B" > "A");
var_dump(10 < "9a", 10 > "abc", "abc" > 10, 5 < "10");
--EXPECT--
bool(true)
bool(true)
bool(false)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(false)
bool(true)
bool(true)
