--TEST--
log() with a negative base is a ValueError
--FILE--
<?php
var_dump(log(8.0, -2.5));
--EXPECTF--

Fatal error: Uncaught ValueError: log(): Argument #2 ($base) must be greater than 0 in %s:2
Stack trace:
#0 %s(2): log(8.0, -2.5)
#1 {main}
  thrown in %s on line 2
