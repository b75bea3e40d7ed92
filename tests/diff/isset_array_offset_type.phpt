--TEST--
isset() with an array as array offset throws 'Illegal offset type in isset or empty'
--FILE--
<?php
$a = [1];
var_dump(isset($a[[]]));
--EXPECTF--

Fatal error: Uncaught TypeError: Illegal offset type in isset or empty in %s:3
Stack trace:
#0 {main}
  thrown in %s on line 3
