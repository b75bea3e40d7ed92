--TEST--
too many arguments to a builtin throws ArgumentCountError
--FILE--
<?php
var_dump(strval(1, 2));
--EXPECTF--

Fatal error: Uncaught ArgumentCountError: strval() expects exactly 1 argument, 2 given in %s:2
Stack trace:
#0 %s(2): strval(1, 2)
#1 {main}
  thrown in %s on line 2
