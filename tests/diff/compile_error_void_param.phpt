--TEST--
Compile-time check: void as a parameter type
--FILE--
<?php
echo "start\n";
function f(void $x) {}
--EXPECTF--

Fatal error: void cannot be used as a parameter type in %s on line 3
