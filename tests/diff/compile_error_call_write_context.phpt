--TEST--
f() = 1 is 'Can't use function return value in write context'
--FILE--
<?php
echo "start\n";
function f() {}
f() = 1;
--EXPECTF--

Fatal error: Can't use function return value in write context in %s on line 4
