--TEST--
sprintf() with a non-integer * width throws ValueError
--FILE--
<?php
echo sprintf('%*d', "5", 1);
--EXPECTF--

Fatal error: Uncaught ValueError: Width must be an integer in %s:2
Stack trace:
#0 %s(2): sprintf('%*d', '5', 1)
#1 {main}
  thrown in %s on line 2
