--TEST--
an uncaught user exception prints its class, message, trace and exits with 255
--FILE--
<?php
class AppException extends Exception {}
function fail($n) { throw new AppException("failed with $n"); }
echo "before\n";
fail(3);
echo "after\n";
--EXPECTF--
before

Fatal error: Uncaught AppException: failed with 3 in %s:3
Stack trace:
#0 %s(5): fail(3)
#1 {main}
  thrown in %s on line 3
