--TEST--
trigger_error/user_error with each E_USER_* level, standard output
--FILE--
<?php
var_dump(trigger_error("a notice"));
trigger_error("a warning", E_USER_WARNING);
trigger_error("a deprecation", E_USER_DEPRECATED);
user_error("user_error is an alias");
user_error("with a level", E_USER_WARNING);
error_reporting(E_ALL & ~E_USER_NOTICE);
trigger_error("hidden notice");
trigger_error("shown warning", E_USER_WARNING);
--EXPECTF--

Notice: a notice in %s on line 2
bool(true)

Warning: a warning in %s on line 3

Deprecated: a deprecation in %s on line 4

Notice: user_error is an alias in %s on line 5

Warning: with a level in %s on line 6

Warning: shown warning in %s on line 9
