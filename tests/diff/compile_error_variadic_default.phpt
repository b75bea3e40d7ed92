--TEST--
Compile-time checks: variadic parameter with a default value
--FILE--
<?php
echo "start\n";
function f($x = 1, ...$y = []) {}
echo "end\n";
--EXPECTF--

Fatal error: Variadic parameter cannot have a default value in %s on line 3
