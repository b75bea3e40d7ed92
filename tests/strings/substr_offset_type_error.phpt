--TEST--
substr() with a non-numeric offset throws TypeError
--FILE--
<?php
substr("abc", "x");
--EXPECTF--

Fatal error: Uncaught TypeError: substr(): Argument #2 ($offset) must be of type int, string given in %s:2
Stack trace:
#0 %s(2): substr('abc', 'x')
#1 {main}
  thrown in %s on line 2
