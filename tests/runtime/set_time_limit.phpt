--TEST--
set_time_limit is accepted and returns true
--FILE--
<?php
var_dump(set_time_limit(0), set_time_limit(30));
try { set_time_limit("x"); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
bool(true)
bool(true)
set_time_limit(): Argument #1 ($seconds) must be of type int, string given
