--TEST--
register_shutdown_function: order and end of script (2)
--FILE--
<?php
register_shutdown_function(function() { echo "a\n"; exit(3); });
register_shutdown_function(function() { echo "b\n"; });
class D { function __destruct() { echo "destruct\n"; } }
$d = new D;
throw new Exception("x");
--EXPECTF--

Fatal error: Uncaught Exception: x in %sshutdown_2.php:6
Stack trace:
#0 {main}
  thrown in %sshutdown_2.php on line 6
a
destruct
