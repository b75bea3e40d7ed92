--TEST--
float parameters accept ints and numeric strings
--FILE--
<?php
function f(float $x) { return $x; }
var_dump(f(5), f("1.5"), f("7"), f(false), f(PHP_INT_MAX));
--EXPECT--
float(5)
float(1.5)
float(7)
float(0)
float(9.223372036854776E+18)
