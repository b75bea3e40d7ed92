--TEST--
mb_strlen() with an unknown encoding throws ValueError
--INI--
extension=mbstring
--FILE--
<?php
mb_strlen("abc", "nope");
--EXPECTF--

Fatal error: Uncaught ValueError: mb_strlen(): Argument #2 ($encoding) must be a valid encoding, "nope" given in %s:2
Stack trace:
#0 %s(2): mb_strlen('abc', 'nope')
#1 {main}
  thrown in %s on line 2
