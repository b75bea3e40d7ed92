--TEST--
sleep()/usleep(): return values and negative arguments
--FILE--
<?php
var_dump(sleep(0));
var_dump(usleep(1000));
try {
sleep(-1);
} catch (ValueError $e) {
echo $e->getMessage(), "\n";
} try {
usleep(-5);
} catch (ValueError $e) {
echo $e->getMessage(), "\n";
}
--EXPECT--
int(0)
NULL
sleep(): Argument #1 ($seconds) must be greater than or equal to 0
usleep(): Argument #1 ($microseconds) must be greater than or equal to 0
