--TEST--
round() with huge or tiny precision
--FILE--
<?php
var_dump(round(1.5, 100), round(1.5, -100), round(-1.5, -30), round(1234.5678, 23), round(1234.5678, -23), round(1e20, 2), round(1e15, -10), round(3.7, PHP_INT_MAX), round(3.7, PHP_INT_MIN), round(123456.7, 30));
--EXPECT--
float(1.5)
float(0)
float(0)
float(1234.5678)
float(0)
float(1.0E+20)
float(1000000000000000)
float(3.7)
float(0)
float(123456.7)
