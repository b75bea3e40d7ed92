--TEST--
** binds tighter than unary minus, casts and ++
--FILE--
<?php
$x = 2;
var_dump(-$x ** 2, (-$x) ** 2, -2 ** -1, 2 ** -1 ** 2, (int)"2" ** 3, ++$x ** 2, !0 ** 2);
--EXPECT--
int(-4)
int(4)
float(-0.5)
float(0.5)
int(8)
int(9)
bool(true)
