--TEST--
log() with base 0 is a ValueError
--FILE--
<?php
var_dump(log(8.0, 0.0));
--EXPECTF--

Fatal error: Uncaught ValueError: log(): Argument #2 ($base) must be greater than 0 in %s:2
Stack trace:
#0 %s(2): log(8.0, 0.0)
#1 {main}
  thrown in %s on line 2
