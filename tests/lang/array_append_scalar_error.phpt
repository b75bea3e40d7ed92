--TEST--
using [] on a scalar int throws an Error
--FILE--
<?php
$i = 5;
$i[] = 1;
echo "not reached\n";
--EXPECTF--

Fatal error: Uncaught Error: Cannot use a scalar value as an array in %s:3
Stack trace:
#0 {main}
  thrown in %s on line 3
