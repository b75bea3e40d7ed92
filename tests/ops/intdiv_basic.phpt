--TEST--
intdiv truncates toward zero and returns int
--FILE--
<?php
var_dump(intdiv(7, 2), intdiv(-7, 2), intdiv(7, -2), intdiv(-7, -2), intdiv(0, 5), intdiv(PHP_INT_MAX, 2), intdiv("9", "4"));
--EXPECT--
int(3)
int(-3)
int(-3)
int(3)
int(0)
int(4611686018427387903)
int(2)
