--TEST--
str_repeat() with a negative count throws ValueError
--FILE--
<?php
str_repeat("x", -1);
--EXPECTF--

Fatal error: Uncaught ValueError: str_repeat(): Argument #2 ($times) must be greater than or equal to 0 in %s:2
Stack trace:
#0 %s(2): str_repeat('x', -1)
#1 {main}
  thrown in %s on line 2
