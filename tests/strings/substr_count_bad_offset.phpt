--TEST--
substr_count() with an offset outside the haystack throws ValueError
--FILE--
<?php
var_dump(substr_count("abc", "a", -3));
substr_count("abc", "a", 4);
--EXPECTF--
int(1)

Fatal error: Uncaught ValueError: substr_count(): Argument #3 ($offset) must be contained in argument #1 ($haystack) in %s:3
Stack trace:
#0 %s(3): substr_count('abc', 'a', 4)
#1 {main}
  thrown in %s on line 3
