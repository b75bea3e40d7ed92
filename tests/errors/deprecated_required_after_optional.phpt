--TEST--
optional parameter before required is deprecated at compile time
--FILE--
<?php
function f($a = 1, $b) { return $b; }
echo f(1, 2), "\n";
--EXPECTF--

Deprecated: Optional parameter $a declared before required parameter $b is implicitly treated as a required parameter in %s on line 2
2
