--TEST--
substr_count() with a length beyond the haystack throws ValueError
--FILE--
<?php
substr_count("abcdef", "a", 2, 5);
--EXPECTF--

Fatal error: Uncaught ValueError: substr_count(): Argument #4 ($length) must be contained in argument #1 ($haystack) in %s:2
Stack trace:
#0 %s(2): substr_count('abcdef', 'a', 2, 5)
#1 {main}
  thrown in %s on line 2
