--TEST--
mt_rand() bounds must be ints
--FILE--
<?php
var_dump(mt_rand("a", 5));
--EXPECTF--

Fatal error: Uncaught TypeError: mt_rand(): Argument #1 ($min) must be of type int, string given in %s:2
Stack trace:
#0 %s(2): mt_rand('a', 5)
#1 {main}
  thrown in %s on line 2
