--TEST--
wordwrap() rejects width 0 together with cut_long_words
--FILE--
<?php
wordwrap("abc", 0, "\n", true);
--EXPECTF--

Fatal error: Uncaught ValueError: wordwrap(): Argument #4 ($cut_long_words) cannot be true when argument #2 ($width) is 0 in %s:2
Stack trace:
#0 %s(2): wordwrap('abc', 0, '\n', true)
#1 {main}
  thrown in %s on line 2
