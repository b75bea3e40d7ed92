--TEST--
named argument overwriting a positional one throws Error
--FILE--
<?php
function f($a, $b = 2) { return $a; }
f(1, a: 2);
--EXPECTF--

Fatal error: Uncaught Error: Named parameter $a overwrites previous argument in %s:3
Stack trace:
#0 {main}
  thrown in %s on line 3
