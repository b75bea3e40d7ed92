--TEST--
calling an int throws Error "Value not callable"
--FILE--
<?php
$f = 5;
$f();
--EXPECTF--

Fatal error: Uncaught Error: Value of type int is not callable in %s:3
Stack trace:
#0 {main}
  thrown in %s on line 3
