--TEST--
unserialize: a negative max_depth is a ValueError
--FILE--
<?php
unserialize('i:1;', ['max_depth' => -1]);
--EXPECTF--

Fatal error: Uncaught ValueError: unserialize(): Option "max_depth" must be greater than or equal to 0 in %s:2
Stack trace:
#0 %s(2): unserialize('i:1;', Array)
#1 {main}
  thrown in %s on line 2
