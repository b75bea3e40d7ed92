--TEST--
** with ints, floats, negatives and overflow; right associative
--FILE--
<?php
var_dump(2 ** 10, 2 ** -1, 2 ** 0.5, (-2) ** 3, 0 ** 0, 2 ** 63, 2 ** 62, 10 ** 20, (-8) ** (1/3));
var_dump(2 ** 3 ** 2, (2 ** 3) ** 2);
var_dump(-2 ** 2, (-2) ** 2, -3 ** -1);
$x = 3; $x **= 2; var_dump($x);
var_dump(0 ** -1 === INF);
--EXPECT--
int(1024)
float(0.5)
float(1.4142135623730951)
int(-8)
int(1)
float(9.223372036854776E+18)
int(4611686018427387904)
float(1.0E+20)
float(NAN)
int(512)
int(64)
int(-4)
int(4)
float(-0.3333333333333333)
int(9)
bool(true)
