--TEST--
round() pre-rounds to 15 significant digits as PHP 8.2 does
--FILE--
<?php
var_dump(round(0.285, 2), round(1.0049999999999999, 3), round(0.49999999999999994), round(-0.49999999999999994),
    round(1.700000000000145, 13), round(999999999999999.9), round(99999999999999.99, 1), round(0.1 + 0.2, 15), round(0.1 + 0.2, 16), round(1/3, 20));
--EXPECT--
float(0.29)
float(1.005)
float(1)
float(-1)
float(1.7000000000002)
float(1000000000000000)
float(100000000000000)
float(0.3)
float(0.30000000000000004)
float(0.3333333333333333)
