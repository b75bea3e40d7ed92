--TEST--
[...5] with a constant non-array is a compile-time Fatal error (nothing else runs)
--FILE--
<?php
$a = [...[1, 2], ...["a" => 1], ...[3]];
var_dump($a);
$b = [...null];
--EXPECTF--

Fatal error: Only arrays and Traversables can be unpacked in %s on line 4
