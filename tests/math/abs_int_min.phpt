--TEST--
abs(PHP_INT_MIN) overflows to float
--FILE--
<?php
var_dump(abs(PHP_INT_MIN), abs(PHP_INT_MIN + 1));
--EXPECT--
float(9.223372036854776E+18)
int(9223372036854775807)
