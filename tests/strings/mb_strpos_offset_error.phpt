--TEST--
mb_strpos() with an offset past the end throws ValueError
--INI--
extension=mbstring
--FILE--
<?php
mb_strpos("héllo", "l", 6);
--EXPECTF--

Fatal error: Uncaught ValueError: mb_strpos(): Argument #3 ($offset) must be contained in argument #1 ($haystack) in %s:2
Stack trace:
#0 %s(2): mb_strpos('h\xC3\xA9llo', 'l', 6)
#1 {main}
  thrown in %s on line 2
