--TEST--
random_bytes(0) is a ValueError
--FILE--
<?php
var_dump(random_bytes(0));
--EXPECTF--

Fatal error: Uncaught ValueError: random_bytes(): Argument #1 ($length) must be greater than 0 in %s:2
Stack trace:
#0 %s(2): random_bytes(0)
#1 {main}
  thrown in %s on line 2
