--TEST--
var_dump of float edge values: large integral floats, small exponents, INF, denormals
--FILE--
<?php
var_dump(1e15, 1e16, 123456789012345678.0, 0.00001, -1.5e-10, 2**53 + 0.0, 1.5e300 * 1.5e300, PHP_FLOAT_EPSILON, (float)PHP_INT_MAX, 4.0E-324);
--EXPECT--
float(1000000000000000)
float(10000000000000000)
float(1.2345678901234568E+17)
float(1.0E-5)
float(-1.5E-10)
float(9007199254740992)
float(INF)
float(2.220446049250313E-16)
float(9.223372036854776E+18)
float(5.0E-324)
