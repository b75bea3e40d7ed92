--TEST--
pi(), hypot(), deg2rad(), rad2deg()
--FILE--
<?php
var_dump(pi(), pi() === M_PI, hypot(3, 4), hypot(-5, 12), hypot(INF, NAN), hypot(1e200, 1e200));
var_dump(deg2rad(180), deg2rad(90), deg2rad(-45), rad2deg(M_PI), rad2deg(1), rad2deg(M_PI_2));
--EXPECT--
float(3.141592653589793)
bool(true)
float(5)
float(13)
float(INF)
float(1.414213562373095E+200)
float(3.141592653589793)
float(1.5707963267948966)
float(-0.7853981633974483)
float(180)
float(57.29577951308232)
float(90)
