--TEST--
Compile-time check: const X = $var is 'Constant expression contains invalid operations'
--FILE--
<?php
echo "start\n";
const X = $y;
--EXPECTF--

Fatal error: Constant expression contains invalid operations in %s on line 3
