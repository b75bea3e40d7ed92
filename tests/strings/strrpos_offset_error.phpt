--TEST--
strrpos() with a negative offset before the start throws ValueError
--FILE--
<?php
var_dump(strrpos("abc", "a", -3));
strrpos("abc", "a", -4);
--EXPECTF--
int(0)

Fatal error: Uncaught ValueError: strrpos(): Argument #3 ($offset) must be contained in argument #1 ($haystack) in %s:3
Stack trace:
#0 %s(3): strrpos('abc', 'a', -4)
#1 {main}
  thrown in %s on line 3
