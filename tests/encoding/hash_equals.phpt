--TEST--
hash_equals() compares strings
--FILE--
<?php
var_dump(hash_equals("abc", "abc"), hash_equals("abc", "abd"), hash_equals("abc", "ab"), hash_equals("", ""), hash_equals(md5("x"), md5("x")));
--EXPECT--
bool(true)
bool(false)
bool(false)
bool(true)
bool(true)
