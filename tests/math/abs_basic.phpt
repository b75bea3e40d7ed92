--TEST--
abs() keeps ints ints and floats floats
--FILE--
<?php
var_dump(abs(-5), abs(5), abs(0), abs(-5.5), abs(-0.0), abs(PHP_INT_MAX), abs(-PHP_INT_MAX), abs(-INF), abs(NAN));
--EXPECT--
int(5)
int(5)
int(0)
float(5.5)
float(0)
int(9223372036854775807)
int(9223372036854775807)
float(INF)
float(NAN)
