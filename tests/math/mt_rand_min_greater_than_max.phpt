--TEST--
mt_rand() with max < min is a ValueError
--FILE--
<?php
var_dump(mt_rand(10, 1));
--EXPECTF--

Fatal error: Uncaught ValueError: mt_rand(): Argument #2 ($max) must be greater than or equal to argument #1 ($min) in %s:2
Stack trace:
#0 %s(2): mt_rand(10, 1)
#1 {main}
  thrown in %s on line 2
