--TEST--
float literal forms: exponent, leading/trailing dot, separators
--FILE--
<?php
var_dump(1.5, .5, 5., 1e3, 1E-3, 2.5e+2, 1_000.000_1, 0.1, 1e100, 7E-10, 0e0, 1.0);
--EXPECT--
float(1.5)
float(0.5)
float(5)
float(1000)
float(0.001)
float(250)
float(1000.0001)
float(0.1)
float(1.0E+100)
float(7.0E-10)
float(0)
float(1)
