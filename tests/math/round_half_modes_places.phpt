--TEST--
round() modes with decimal places and negative places
--FILE--
<?php
foreach ([1.955, 1.965, -1.955, 5.045, 5.055, 0.125, 0.135] as $v) {
    var_dump(round($v, 2, PHP_ROUND_HALF_UP), round($v, 2, PHP_ROUND_HALF_DOWN), round($v, 2, PHP_ROUND_HALF_EVEN), round($v, 2, PHP_ROUND_HALF_ODD));
}
foreach ([25, 35, -25, 150, 250] as $v) {
    var_dump(round($v, -1, PHP_ROUND_HALF_EVEN), round($v, -1, PHP_ROUND_HALF_ODD), round($v, -1, PHP_ROUND_HALF_DOWN));
}
--EXPECT--
float(1.96)
float(1.95)
float(1.96)
float(1.95)
float(1.97)
float(1.96)
float(1.96)
float(1.97)
float(-1.96)
float(-1.95)
float(-1.96)
float(-1.95)
float(5.05)
float(5.04)
float(5.04)
float(5.05)
float(5.06)
float(5.05)
float(5.06)
float(5.05)
float(0.13)
float(0.12)
float(0.12)
float(0.13)
float(0.14)
float(0.13)
float(0.14)
float(0.13)
float(20)
float(30)
float(20)
float(40)
float(30)
float(30)
float(-20)
float(-30)
float(-20)
float(150)
float(150)
float(150)
float(250)
float(250)
float(250)
