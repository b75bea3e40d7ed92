--TEST--
random_int() with min > max is a ValueError
--FILE--
<?php
var_dump(random_int(5, 1));
--EXPECTF--

Fatal error: Uncaught ValueError: random_int(): Argument #1 ($min) must be less than or equal to argument #2 ($max) in %s:2
Stack trace:
#0 %s(2): random_int(5, 1)
#1 {main}
  thrown in %s on line 2
