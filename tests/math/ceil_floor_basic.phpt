--TEST--
ceil() and floor() always return float
--FILE--
<?php
foreach ([4.3, 4.7, -4.3, -4.7, 5, -5, 0, "3.2", "-3.2", 1e20, -1e-20, PHP_INT_MAX] as $v) {
    var_dump(ceil($v), floor($v));
}
--EXPECT--
float(5)
float(4)
float(5)
float(4)
float(-4)
float(-5)
float(-4)
float(-5)
float(5)
float(5)
float(-5)
float(-5)
float(0)
float(0)
float(4)
float(3)
float(-3)
float(-4)
float(1.0E+20)
float(1.0E+20)
float(-0)
float(-1)
float(9.223372036854776E+18)
float(9.223372036854776E+18)
