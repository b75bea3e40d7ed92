--TEST--
Compile-time check: duplicate type in a union
--FILE--
<?php
echo "start\n";
function f(int|string|INT $x) {}
--EXPECTF--

Fatal error: Duplicate type int is redundant in %s on line 3
