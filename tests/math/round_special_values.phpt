--TEST--
round() of NAN, INF and zeros
--FILE--
<?php
var_dump(round(NAN), round(INF), round(-INF, 2), round(0.0, 5), round(-0.0), round(5e-324, 300), round(1.7976931348623157e308, -300));
--EXPECT--
float(NAN)
float(INF)
float(-INF)
float(0)
float(-0)
float(0)
float(1.79769313E+308)
