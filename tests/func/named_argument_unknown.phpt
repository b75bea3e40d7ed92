--TEST--
unknown named parameter throws Error
--FILE--
<?php
function f($a) { return $a; }
f(a: 1, b: 2);
--EXPECTF--

Fatal error: Uncaught Error: Unknown named parameter $b in %s:3
Stack trace:
#0 {main}
  thrown in %s on line 3
