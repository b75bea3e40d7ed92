--TEST--
vsprintf() with too few values throws ValueError
--FILE--
<?php
echo vsprintf("%d %d", [1]);
--EXPECTF--

Fatal error: Uncaught ValueError: The arguments array must contain 2 items, 1 given in %s:2
Stack trace:
#0 %s(2): vsprintf(%s)
#1 {main}
  thrown in %s on line 2
