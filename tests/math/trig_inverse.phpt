--TEST--
asin(), acos(), atan(), atan2()
--FILE--
<?php
var_dump(asin(1), asin(-0.5), asin(2), acos(1), acos(0), acos(-1), acos(1.5), atan(1), atan(INF), atan(-INF));
var_dump(atan2(1, 1), atan2(1, -1), atan2(-1, -1), atan2(0, -1), atan2(-0.0, -1), atan2(0, 0), atan2(INF, INF));
--EXPECT--
float(1.5707963267948966)
float(-0.5235987755982989)
float(NAN)
float(0)
float(1.5707963267948966)
float(3.141592653589793)
float(NAN)
float(0.7853981633974483)
float(1.5707963267948966)
float(-1.5707963267948966)
float(0.7853981633974483)
float(2.356194490192345)
float(-2.356194490192345)
float(3.141592653589793)
float(-3.141592653589793)
float(0)
float(0.7853981633974483)
