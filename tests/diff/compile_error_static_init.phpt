--TEST--
static $x = foo(); is a compile-time 'Constant expression contains invalid operations'
--FILE--
<?php
echo "start\n";
function g() { static $x = foo(); }
--EXPECTF--

Fatal error: Constant expression contains invalid operations in %s on line 3
