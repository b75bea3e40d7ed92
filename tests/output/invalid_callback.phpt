--TEST--
ob_start with a callback that is not callable: warning and notice
--FILE--
<?php
var_dump(ob_start('no_such_function'));
var_dump(ob_get_level());
var_dump(ob_start([1, 2]));
--EXPECTF--

Warning: ob_start(): function "no_such_function" not found or invalid function name in %s on line 2

Notice: ob_start(): Failed to create buffer in %s on line 2
bool(false)
int(0)

Warning: ob_start(): first array member is not a valid class name or object in %s on line 4

Notice: ob_start(): Failed to create buffer in %s on line 4
bool(false)
