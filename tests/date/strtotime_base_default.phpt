--TEST--
strtotime(): without base the current time is used
--FILE--
<?php
$t = time();
$n = strtotime("now");
var_dump(abs($n - $t) <= 2);
var_dump(strtotime("2024-01-15") === strtotime("2024-01-15", 0));
var_dump(strtotime("+1 day") - strtotime("now") >= 86399);
--EXPECT--
bool(true)
bool(true)
bool(true)
