--TEST--
assigning an empty string to an offset is an error
--FILE--
<?php
$s = "abc";
$s[0] = '';
--EXPECTF--

Fatal error: Uncaught Error: Cannot assign an empty string to a string offset in %s:3
Stack trace:
#0 {main}
  thrown in %s on line 3
