--TEST--
round() of an int is a float; negative precision rounds it
--FILE--
<?php
var_dump(round(7), round(7, 3), round(-7, 2), round(12345, -2), round(12355, -1), round(PHP_INT_MIN, -1));
--EXPECT--
float(7)
float(7)
float(-7)
float(12300)
float(12360)
float(-9.223372036854776E+18)
