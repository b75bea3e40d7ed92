--TEST--
str_word_count() with an unknown format throws ValueError
--FILE--
<?php
str_word_count("abc", 3);
--EXPECTF--

Fatal error: Uncaught ValueError: str_word_count(): Argument #2 ($format) must be a valid format value in %s:2
Stack trace:
#0 %s(2): str_word_count('abc', 3)
#1 {main}
  thrown in %s on line 2
