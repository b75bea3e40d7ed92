--TEST--
sort(): a non-array is a TypeError
--FILE--
<?php
$s = "string";
sort($s);
--EXPECTF--

Fatal error: Uncaught TypeError: sort(): Argument #1 ($array) must be of type array, string given in %s:3
Stack trace:
#0 %s(3): sort('string')
#1 {main}
  thrown in %s on line 3
