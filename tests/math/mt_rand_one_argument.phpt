--TEST--
mt_rand() takes no arguments or exactly two
--FILE--
<?php
var_dump(mt_rand(5));
--EXPECTF--

Fatal error: Uncaught ArgumentCountError: mt_rand() expects exactly 2 arguments, 1 given in %s:2
Stack trace:
#0 %s(2): mt_rand(5)
#1 {main}
  thrown in %s on line 2
