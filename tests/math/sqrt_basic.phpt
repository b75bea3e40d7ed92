--TEST--
sqrt() of squares, non-squares and negatives
--FILE--
<?php
var_dump(sqrt(16), sqrt(2), sqrt(0), sqrt(-0.0), sqrt(-1), sqrt(INF), sqrt("25"), sqrt(1e-300));
--EXPECT--
float(4)
float(1.4142135623730951)
float(0)
float(-0)
float(NAN)
float(INF)
float(5)
float(1.0E-150)
