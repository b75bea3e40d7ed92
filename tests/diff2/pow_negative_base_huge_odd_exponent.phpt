--TEST--
(-3) ** PHP_INT_MAX overflows to -INF (odd exponent keeps the sign)
--FILE--
<?php
var_dump((-3) ** PHP_INT_MAX);
$x = -3; $x **= PHP_INT_MAX; var_dump($x);
var_dump((-2) ** 1025);
--EXPECT--
float(-INF)
float(-INF)
float(-INF)
