--TEST--
max(): one non-array argument is a TypeError
--FILE--
<?php
var_dump(max(5));
--EXPECTF--

Fatal error: Uncaught TypeError: max(): Argument #1 ($value) must be of type array, int given in %s:2
Stack trace:
#0 %s(2): max(5)
#1 {main}
  thrown in %s on line 2
