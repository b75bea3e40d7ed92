--TEST--
floatval on strings, ints and special forms
--FILE--
<?php
var_dump(floatval("1.5"), floatval("1.5abc"), floatval("abc"), floatval(".5"), floatval("-1e-2"), floatval(3), floatval(null), floatval(true), floatval("1,5"), doubleval("2.5"));
--EXPECT--
float(1.5)
float(1.5)
float(0)
float(0.5)
float(-0.01)
float(3)
float(0)
float(1)
float(1)
float(2.5)
