--TEST--
calling an undefined function through a string variable
--FILE--
<?php
$f = 'does_not_exist';
$f(1);
--EXPECTF--

Fatal error: Uncaught Error: Call to undefined function does_not_exist() in %s:3
Stack trace:
#0 {main}
  thrown in %s on line 3
