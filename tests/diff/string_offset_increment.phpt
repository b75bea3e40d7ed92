--TEST--
Increment of a string offset: 'Cannot increment/decrement string offsets'
--FILE--
<?php
$s = "abc";
$s[1]++;
--EXPECTF--

Fatal error: Uncaught Error: Cannot increment/decrement string offsets in %s:3
Stack trace:
#0 {main}
  thrown in %s on line 3
