--TEST--
json_decode: integers, floats, exponents, -0 and -0.0
--FILE--
<?php
foreach (['0', '-0', '-0.0', '12', '-12', '1.5', '1e2', '1E+2', '1e-2', '-1.25e3', '0.1', '123456789012345', '1.0', '5e-324', '1e400', '-1e400'] as $j) {
    var_dump(json_decode($j));
}
--EXPECT--
int(0)
int(0)
float(-0)
int(12)
int(-12)
float(1.5)
float(100)
float(100)
float(0.01)
float(-1250)
float(0.1)
int(123456789012345)
float(1)
float(5.0E-324)
float(INF)
float(-INF)
