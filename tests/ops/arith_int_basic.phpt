--TEST--
integer + - * / results and int/float result types
--FILE--
<?php
var_dump(1 + 2, 5 - 7, 6 * 7, 10 / 2, 7 / 2, -7 / 2, 1 / 3, 6 / 4, 0 / 5, -0 / 5);
var_dump(2 * 2.5, 1 + 1.0, 3 - 0.5);
--EXPECT--
int(3)
int(-2)
int(42)
int(5)
float(3.5)
float(-3.5)
float(0.3333333333333333)
float(1.5)
int(0)
int(0)
float(5)
float(2)
float(2.5)
