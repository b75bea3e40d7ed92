--TEST--
compile_positional_after_unpack is a compile-time fatal error (nothing runs)
--FILE--
<?php
echo "start\n";
function f(...$a) {}
f(...[1], 2);
--EXPECTF--

Fatal error: Cannot use positional argument after argument unpacking in %s on line 4
