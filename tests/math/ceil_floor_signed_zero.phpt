--TEST--
ceil() of a small negative float is negative zero
--FILE--
<?php
var_dump(ceil(-0.5), floor(0.5), ceil(-0.0), floor(-0.0), ceil(INF), floor(-INF), ceil(NAN));
--EXPECT--
float(-0)
float(0)
float(-0)
float(-0)
float(INF)
float(-INF)
float(NAN)
