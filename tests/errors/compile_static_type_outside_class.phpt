--TEST--
compile_static_type_outside_class is a compile-time fatal error (nothing runs)
--FILE--
<?php
echo "start\n";
function f(): static {}
--EXPECTF--

Fatal error: Cannot use "static" when no class scope is active in %s on line 3
