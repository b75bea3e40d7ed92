--TEST--
mt_rand() with three arguments is an ArgumentCountError
--FILE--
<?php
var_dump(mt_rand(1, 2, 3));
--EXPECTF--

Fatal error: Uncaught ArgumentCountError: mt_rand() expects exactly 2 arguments, 3 given in %s:2
Stack trace:
#0 %s(2): mt_rand(1, 2, 3)
#1 {main}
  thrown in %s on line 2
