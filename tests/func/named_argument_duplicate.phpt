--TEST--
the same named argument twice throws Error at run time
--FILE--
<?php
function f($a) {}
f(a: 1, a: 2);
--EXPECTF--

Fatal error: Uncaught Error: Named parameter $a overwrites previous argument in %s:3
Stack trace:
#0 {main}
  thrown in %s on line 3
