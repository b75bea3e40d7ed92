--TEST--
round() to decimal places
--FILE--
<?php
var_dump(round(3.14159, 2), round(3.14159, 3), round(1.95583, 2), round(5.045, 2), round(5.055, 2), round(1.005, 2), round(2.675, 2), round(-1.955, 2), round(0.285, 2), round(1.45, 1), round(1.55, 1));
--EXPECT--
float(3.14)
float(3.142)
float(1.96)
float(5.05)
float(5.06)
float(1.01)
float(2.68)
float(-1.96)
float(0.29)
float(1.5)
float(1.6)
