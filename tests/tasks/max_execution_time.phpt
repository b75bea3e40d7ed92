--TEST--
max_execution_time: PHP's fatal error once the limit passes (loops and recursion are interrupted)
--INI--
max_execution_time=1
--FILE--
<?php
function spin($n) { return $n <= 0 ? 0 : 1 + spin($n - 1); }
echo "start\n";
$i = 0;
while (true) {
    $i++;
    spin(10);
}
--EXPECTF--
start

Fatal error: Maximum execution time of 1 second exceeded in %s on line %d
