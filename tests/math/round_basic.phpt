--TEST--
round() to an integer, half away from zero
--FILE--
<?php
foreach ([0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 3.4999, 3.5, -3.5, 1234.5678, 0.1, -0.0, 0.0] as $v) {
    var_dump(round($v));
}
--EXPECT--
float(1)
float(2)
float(3)
float(-1)
float(-2)
float(-3)
float(3)
float(4)
float(-4)
float(1235)
float(0)
float(-0)
float(0)
