--TEST--
stripos() with an offset past the end throws ValueError
--FILE--
<?php
stripos("abc", "A", -4);
--EXPECTF--

Fatal error: Uncaught ValueError: stripos(): Argument #3 ($offset) must be contained in argument #1 ($haystack) in %s:2
Stack trace:
#0 %s(2): stripos('abc', 'A', -4)
#1 {main}
  thrown in %s on line 2
