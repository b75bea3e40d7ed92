--TEST--
implode() with two strings throws TypeError
--FILE--
<?php
implode(",", "abc");
--EXPECTF--

Fatal error: Uncaught TypeError: implode(): Argument #2 ($array) must be of type ?array, string given in %s:2
Stack trace:
#0 %s(2): implode(',', 'abc')
#1 {main}
  thrown in %s on line 2
