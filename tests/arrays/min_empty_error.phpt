--TEST--
min(): an empty array is a ValueError
--FILE--
<?php
var_dump(min([]));
--EXPECTF--

Fatal error: Uncaught ValueError: min(): Argument #1 ($value) must contain at least one element in %s:2
Stack trace:
#0 %s(2): min(Array)
#1 {main}
  thrown in %s on line 2
