--TEST--
compile_void_in_union is a compile-time fatal error (nothing runs)
--FILE--
<?php
echo "start\n";
function f(): int|void {}
--EXPECTF--

Fatal error: Void can only be used as a standalone type in %s on line 3
