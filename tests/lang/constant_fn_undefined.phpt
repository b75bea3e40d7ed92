--TEST--
constant() with an unknown name throws Error
--FILE--
<?php
var_dump(constant('NOPE'));
--EXPECTF--

Fatal error: Uncaught Error: Undefined constant "NOPE" in %s:2
Stack trace:
#0 %s(2): constant('NOPE')
#1 {main}
  thrown in %s on line 2
