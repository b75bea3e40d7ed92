--TEST--
fmod() keeps the sign of the dividend
--FILE--
<?php
var_dump(fmod(10, 3), fmod(-10, 3), fmod(10, -3), fmod(5.5, 1.5), fmod(10, 0), fmod(INF, 2), fmod(2, INF), fmod(-0.0, 1), fmod(1e20, 7));
--EXPECT--
float(1)
float(-1)
float(1)
float(1)
float(NAN)
float(NAN)
float(2)
float(-0)
float(2)
