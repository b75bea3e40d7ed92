--TEST--
die() is an alias of exit; exit without parentheses
--FILE--
<?php
function stop() { echo "in stop\n"; die("died in function\n"); }
echo "start\n";
stop();
echo "never\n";
--EXPECT--
start
in stop
died in function
