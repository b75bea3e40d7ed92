--TEST--
pow() with negative exponents and zero bases
--FILE--
<?php
var_dump(pow(2, -1), pow(10, -2), pow(0, -1), pow(0.0, -1), pow(-0.0, -1), pow(0, 0.5), pow(-8, 1/3), pow(0, 5));
--EXPECT--
float(0.5)
float(0.01)
float(INF)
float(INF)
float(-INF)
float(0)
float(NAN)
int(0)
