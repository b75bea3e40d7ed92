--TEST--
fdiv() follows IEEE 754: no DivisionByZeroError
--FILE--
<?php
var_dump(fdiv(1, 0), fdiv(-1, 0), fdiv(0, 0), fdiv(1, -0.0), fdiv(10, 4), fdiv(INF, INF), fdiv(PHP_INT_MAX, 1));
--EXPECT--
float(INF)
float(-INF)
float(NAN)
float(-INF)
float(2.5)
float(NAN)
float(9.223372036854776E+18)
