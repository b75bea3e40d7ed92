--TEST--
strpos() with an offset past the end throws ValueError
--FILE--
<?php
var_dump(strpos("abc", "c", 3));
strpos("abc", "a", 4);
--EXPECTF--
bool(false)

Fatal error: Uncaught ValueError: strpos(): Argument #3 ($offset) must be contained in argument #1 ($haystack) in %s:3
Stack trace:
#0 %s(3): strpos('abc', 'a', 4)
#1 {main}
  thrown in %s on line 3
