--TEST--
echo of a Closure throws Error 'Object of class Closure could not be converted to string'
--FILE--
<?php
$c = function() {};
echo $c;
--EXPECTF--

Fatal error: Uncaught Error: Object of class Closure could not be converted to string in %s:3
Stack trace:
#0 {main}
  thrown in %s on line 3
