--TEST--
bitwise operators on floats truncate with deprecation for fractional parts
--FILE--
<?php
var_dump(5.5 | 0);
var_dump(7.0 & 3);
var_dump(1e20 | 0);
--EXPECTF--

Deprecated: Implicit conversion from float 5.5 to int loses precision in %s on line 2
int(5)
int(3)

Deprecated: Implicit conversion from float 1.0E+20 to int loses precision in %s on line 4
int(7766279631452241920)
