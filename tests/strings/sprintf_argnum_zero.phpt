--TEST--
sprintf() with argument number 0 throws ValueError
--FILE--
<?php
echo sprintf('%0$s', 1);
--EXPECTF--

Fatal error: Uncaught ValueError: Argument number specifier must be greater than zero and less than 2147483647 in %s:2
Stack trace:
#0 %s(2): sprintf(%s)
#1 {main}
  thrown in %s on line 2
