--TEST--
range(): too many elements is a ValueError
--FILE--
<?php
var_dump(range(0, PHP_INT_MAX));
--EXPECTF--

Fatal error: Uncaught ValueError: The supplied range exceeds the maximum array size: start=0 end=9223372036854775807 in %s:2
Stack trace:
#0 %s(2): range(0, 9223372036854775807)
#1 {main}
  thrown in %s on line 2
