--TEST--
extending an unknown class
--FILE--
<?php
echo "start\n";
class B extends Nope {}
echo "end\n";
--EXPECTF--
start

Fatal error: Uncaught Error: Class "Nope" not found in %s:3
Stack trace:
#0 {main}
  thrown in %s on line 3
