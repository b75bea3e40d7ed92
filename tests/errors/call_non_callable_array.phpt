--TEST--
calling an array throws Error "Array callback must have exactly two elements"
--FILE--
<?php
$f = [1, 2, 3];
$f();
--EXPECTF--

Fatal error: Uncaught Error: Array callback must have exactly two elements in %s:3
Stack trace:
#0 {main}
  thrown in %s on line 3
