--TEST--
sprintf() with a lone trailing percent throws ValueError
--FILE--
<?php
echo sprintf("100%", 1);
--EXPECTF--

Fatal error: Uncaught ValueError: Missing format specifier at end of string in %s:2
Stack trace:
#0 %s(2): sprintf('100%', 1)
#1 {main}
  thrown in %s on line 2
