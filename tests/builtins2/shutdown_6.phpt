--TEST--
register_shutdown_function: order and end of script (6)
--FILE--
<?php
class D { function __destruct() { echo "destruct\n"; } }
$d = new D;
register_shutdown_function(function() { echo "a\n"; undefined_fn(); });
register_shutdown_function(function() { echo "b\n"; });
echo "x\n";
--EXPECTF--
x
a

Fatal error: Uncaught Error: Call to undefined function undefined_fn() in %sshutdown_6.php:4
Stack trace:
#0 [internal function]: {closure}()
#1 {main}
  thrown in %sshutdown_6.php on line 4
destruct
