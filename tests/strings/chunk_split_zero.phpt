--TEST--
chunk_split() with a length below 1 throws ValueError
--FILE--
<?php
chunk_split("abc", 0);
--EXPECTF--

Fatal error: Uncaught ValueError: chunk_split(): Argument #2 ($length) must be greater than 0 in %s:2
Stack trace:
#0 %s(2): chunk_split('abc', 0)
#1 {main}
  thrown in %s on line 2
