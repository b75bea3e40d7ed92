--TEST--
str_pad() with an empty pad string throws ValueError
--FILE--
<?php
str_pad("abc", 5, "");
--EXPECTF--

Fatal error: Uncaught ValueError: str_pad(): Argument #3 ($pad_string) must be a non-empty string in %s:2
Stack trace:
#0 %s(2): str_pad('abc', 5, '')
#1 {main}
  thrown in %s on line 2
