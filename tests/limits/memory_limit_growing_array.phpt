--TEST--
memory_limit: an array that grows without end stops with the fatal error, not by eating the machine
--FILE--
<?php
ini_set('memory_limit', '32M');
$a = [];
for ($i = 0; ; $i++) {
    $a[] = "item $i";
}
--EXPECTF--

Fatal error: Allowed memory size of 33554432 bytes exhausted (tried to allocate %d bytes) in %s on line %d
