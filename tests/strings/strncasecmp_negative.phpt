--TEST--
strncasecmp() with a negative length throws ValueError
--FILE--
<?php
strncasecmp("a", "b", -1);
--EXPECTF--

Fatal error: Uncaught ValueError: strncasecmp(): Argument #3 ($length) must be greater than or equal to 0 in %s:2
Stack trace:
#0 %s(2): strncasecmp('a', 'b', -1)
#1 {main}
  thrown in %s on line 2
