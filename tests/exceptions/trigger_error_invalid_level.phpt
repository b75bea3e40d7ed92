--TEST--
trigger_error with a non E_USER_* level is a ValueError
--FILE--
<?php
try {
    trigger_error("x", E_WARNING);
} catch (ValueError $e) {
    echo "ValueError caught\n";
}
user_error("y", 12345);
--EXPECTF--
ValueError caught

Fatal error: Uncaught ValueError: user_error(): Argument #2 ($error_level) must be one of E_USER_ERROR, E_USER_WARNING, E_USER_NOTICE, or E_USER_DEPRECATED in %s:7
Stack trace:
#0 %s(7): user_error('y', 12345)
#1 {main}
  thrown in %s on line 7
