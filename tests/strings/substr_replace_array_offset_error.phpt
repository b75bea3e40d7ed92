--TEST--
substr_replace() rejects an array offset for a single string
--FILE--
<?php
substr_replace("abc", "x", [1]);
--EXPECTF--

Fatal error: Uncaught TypeError: substr_replace(): Argument #3 ($offset) cannot be an array when working on a single string in %s:2
Stack trace:
#0 %s(2): substr_replace('abc', 'x', Array)
#1 {main}
  thrown in %s on line 2
