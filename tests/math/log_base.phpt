--TEST--
log() with a base (2 and 10 use log2/log10; base 1 is NAN)
--FILE--
<?php
var_dump(log(8, 2), log(100, 10), log(27, 3), log(1000, 10), log(2, 0.5), log(1, 0.5), log(8, 1), log(0, 2), log(INF, 2), log(1024, 2.0), log(100, "10"));
--EXPECT--
float(3)
float(2)
float(3)
float(3)
float(-1)
float(-0)
float(NAN)
float(-INF)
float(INF)
float(10)
float(2)
