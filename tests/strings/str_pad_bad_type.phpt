--TEST--
str_pad() with an unknown pad type throws ValueError
--FILE--
<?php
str_pad("abc", 5, " ", 3);
--EXPECTF--

Fatal error: Uncaught ValueError: str_pad(): Argument #4 ($pad_type) must be STR_PAD_LEFT, STR_PAD_RIGHT, or STR_PAD_BOTH in %s:2
Stack trace:
#0 %s(2): str_pad('abc', 5, ' ', 3)
#1 {main}
  thrown in %s on line 2
