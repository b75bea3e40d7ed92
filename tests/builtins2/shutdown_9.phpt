--TEST--
register_shutdown_function: order and end of script (9)
--FILE--
<?php
class D { function __destruct() { echo "destruct\n"; } }
$d = new D;
function f() { echo "f\n"; throw new Exception("in shutdown"); }
register_shutdown_function('f');
echo "x\n";
--EXPECTF--
x
f

Fatal error: Uncaught Exception: in shutdown in %sshutdown_9.php:4
Stack trace:
#0 [internal function]: f()
#1 {main}
  thrown in %sshutdown_9.php on line 4
destruct
