--TEST--
unary minus/plus on ints, floats, strings and PHP_INT_MIN
--FILE--
<?php
var_dump(-5, +5, -(-5), - -5, -"5", +"3.5", -"1e2", -PHP_INT_MIN, +true, -null, -0, -0.0);
--EXPECT--
int(-5)
int(5)
int(5)
int(5)
int(-5)
float(3.5)
float(-100)
float(9.223372036854776E+18)
int(1)
int(0)
int(0)
float(-0)
