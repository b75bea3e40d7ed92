--TEST--
sprintf() counts the highest positional argument in ArgumentCountError
--FILE--
<?php
echo sprintf('%1$s %3$s', "a", "b");
--EXPECTF--

Fatal error: Uncaught ArgumentCountError: 4 arguments are required, 3 given in %s:2
Stack trace:
#0 %s(2): sprintf('%1$s %3$s', 'a', 'b')
#1 {main}
  thrown in %s on line 2
