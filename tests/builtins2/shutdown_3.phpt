--TEST--
register_shutdown_function: order and end of script (3)
--FILE--
<?php
register_shutdown_function(function() { echo "a\n"; throw new Exception("in shut"); });
register_shutdown_function(function() { echo "b\n"; });
register_shutdown_function('nonexist');
register_shutdown_function([new stdClass, 'foo']);
exit(4);
--EXPECTF--

Fatal error: Uncaught TypeError: register_shutdown_function(): Argument #1 ($callback) must be a valid callback, function "nonexist" not found or invalid function name in %sshutdown_3.php:4
Stack trace:
#0 %sshutdown_3.php(4): register_shutdown_function('nonexist')
#1 {main}
  thrown in %sshutdown_3.php on line 4
a

Fatal error: Uncaught Exception: in shut in %sshutdown_3.php:2
Stack trace:
#0 [internal function]: {closure}()
#1 {main}
  thrown in %sshutdown_3.php on line 2
