--TEST--
null to a float parameter is deprecated
--FILE--
<?php
var_dump(sqrt(null), floor(null));
--EXPECTF--

Deprecated: sqrt(): Passing null to parameter #1 ($num) of type float is deprecated in %s on line 2

Deprecated: floor(): Passing null to parameter #1 ($num) of type int|float is deprecated in %s on line 2
float(0)
float(0)
