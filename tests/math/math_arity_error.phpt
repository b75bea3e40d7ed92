--TEST--
sin() without arguments is an ArgumentCountError
--FILE--
<?php
var_dump(sin());
--EXPECTF--

Fatal error: Uncaught ArgumentCountError: sin() expects exactly 1 argument, 0 given in %s:2
Stack trace:
#0 %s(2): sin()
#1 {main}
  thrown in %s on line 2
