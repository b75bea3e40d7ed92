--TEST--
memory_limit: one allocation larger than the limit ends the script with PHP's fatal error
--FILE--
<?php
ini_set('memory_limit', '32M');
echo ini_get('memory_limit'), "\n";
$s = str_repeat('x', 64 * 1024 * 1024);
echo "not reached\n";
--EXPECTF--
32M

Fatal error: Allowed memory size of 33554432 bytes exhausted (tried to allocate 67112960 bytes) in %s on line 4
