--TEST--
unset() on a string offset is a compile/run time error
--FILE--
<?php
$s = "abc";
unset($s[0]);
--EXPECTF--

Fatal error: Uncaught Error: Cannot unset string offsets in %s:3
Stack trace:
#0 {main}
  thrown in %s on line 3
