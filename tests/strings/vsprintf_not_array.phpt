--TEST--
vsprintf() needs an array
--FILE--
<?php
echo vsprintf("%d", 5);
--EXPECTF--

Fatal error: Uncaught TypeError: vsprintf(): Argument #2 ($values) must be of type array, int given in %s:2
Stack trace:
#0 %s(2): vsprintf(%s)
#1 {main}
  thrown in %s on line 2
