--TEST--
(float) casts from strings, ints, bools and arrays
--FILE--
<?php
var_dump((float)"1.5abc", (float)"abc", (float)"1e3", (float)".5", (float)"1.", (float)5, (float)true, (float)null, (double)"2", (float)" -3.5 ", (float)[1], (float)"1e400", (float)"-.5e-2");
--EXPECT--
float(1.5)
float(0)
float(1000)
float(0.5)
float(1)
float(5)
float(1)
float(0)
float(2)
float(-3.5)
float(1)
float(INF)
float(-0.005)
