--TEST--
pow() overflows to float
--FILE--
<?php
var_dump(pow(2, 63), pow(2, 64), pow(-2, 64), pow(10, 19), pow(PHP_INT_MAX, 2), pow(3, 41), pow(2, 1024));
--EXPECT--
float(9.223372036854776E+18)
float(1.8446744073709552E+19)
float(1.8446744073709552E+19)
float(1.0E+19)
float(8.507059173023462E+37)
float(3.647299637717079E+19)
float(INF)
