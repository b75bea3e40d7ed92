--TEST--
% takes the sign of the dividend and works on integers
--FILE--
<?php
var_dump(7 % 3, -7 % 3, 7 % -3, -7 % -3, 0 % 5, 7.9 % 3, "8" % "3", PHP_INT_MIN % -1, 5 % 7);
--EXPECTF--

Deprecated: Implicit conversion from float 7.9 to int loses precision in %s on line 2
int(1)
int(-1)
int(1)
int(-1)
int(0)
int(1)
int(2)
int(0)
int(5)
