--TEST--
wordwrap() rejects an empty break string
--FILE--
<?php
var_dump(wordwrap("abc def", 3, "|"));
wordwrap("abc", 3, "");
--EXPECTF--
string(7) "abc|def"

Fatal error: Uncaught ValueError: wordwrap(): Argument #3 ($break) cannot be empty in %s:3
Stack trace:
#0 %s(3): wordwrap('abc', 3, '')
#1 {main}
  thrown in %s on line 3
