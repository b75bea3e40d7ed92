--TEST--
new static in a function outside any class is a compile-time fatal error
--FILE--
<?php
echo "never printed\n";
function f() { return new static; }
--EXPECTF--

Fatal error: Cannot use "static" when no class scope is active in %s on line 3
