--TEST--
sprintf() with too few arguments throws ArgumentCountError
--FILE--
<?php
echo sprintf("%s %s", "a");
--EXPECTF--

Fatal error: Uncaught ArgumentCountError: 3 arguments are required, 2 given in %s:2
Stack trace:
#0 %s(2): sprintf(%s)
#1 {main}
  thrown in %s on line 2
