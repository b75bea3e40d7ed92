--TEST--
round() to tens, hundreds, thousands
--FILE--
<?php
var_dump(round(1234567.891, -3), round(1250, -2), round(1350, -2), round(-1250, -2), round(5, -1), round(4, -1), round(-5, -1), round(15, -1), round(999, -3), round(123, -5), round(PHP_INT_MAX, -3));
--EXPECT--
float(1235000)
float(1300)
float(1400)
float(-1300)
float(10)
float(0)
float(-10)
float(20)
float(1000)
float(0)
float(9.223372036854776E+18)
