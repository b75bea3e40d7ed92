--TEST--
Compile-time check: default value type incompatible with parameter type
--FILE--
<?php
echo "start\n";
function f(int $x = "a") {}
--EXPECTF--

Fatal error: Cannot use string as default value for parameter $x of type int in %s on line 3
