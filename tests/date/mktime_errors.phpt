--TEST--
mktime(): hour is required, types are checked
--FILE--
<?php
try {
mktime();
} catch (ArgumentCountError $e) {
echo get_class($e), ": ", $e->getMessage(), "\n";
} try {
mktime("x");
} catch (TypeError $e) {
echo get_class($e), ": ", $e->getMessage(), "\n";
} var_dump(mktime("5", 0, 0, 1, 1, 2000));
--EXPECT--
ArgumentCountError: mktime() expects at least 1 argument, 0 given
TypeError: mktime(): Argument #1 ($hour) must be of type int, string given
int(946702800)
