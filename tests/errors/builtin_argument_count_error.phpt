--TEST--
too few arguments to a builtin throws ArgumentCountError with a frame
--FILE--
<?php
echo "x\n";
var_dump(gettype());
--EXPECTF--
x

Fatal error: Uncaught ArgumentCountError: gettype() expects exactly 1 argument, 0 given in %s:3
Stack trace:
#0 %s(3): gettype()
#1 {main}
  thrown in %s on line 3
