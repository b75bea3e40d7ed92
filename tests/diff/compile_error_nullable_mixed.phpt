--TEST--
Compile-time check: ?mixed is not allowed
--FILE--
<?php
echo "start\n";
function f(?mixed $x) {}
--EXPECTF--

Fatal error: Type mixed cannot be marked as nullable since mixed already includes null in %s on line 3
