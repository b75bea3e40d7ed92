--TEST--
abs(null) is deprecated and gives int(0)
--FILE--
<?php
var_dump(abs(null));
--EXPECTF--

Deprecated: abs(): Passing null to parameter #1 ($num) of type int|float is deprecated in %s on line 2
int(0)
