--TEST--
register_shutdown_function: order and end of script (8)
--FILE--
<?php
class D { function __destruct() { echo "destruct\n"; } }
$d = new D;
register_shutdown_function(function() { echo "a\n"; });
trigger_error("boom", E_USER_ERROR);
--EXPECTF--

Fatal error: boom in %sshutdown_8.php on line 5
a
