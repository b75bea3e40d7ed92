--TEST--
& | ^ ~ on integers and negative numbers
--FILE--
<?php
var_dump(12 & 10, 12 | 10, 12 ^ 10, ~12, ~0, ~-1, -1 & 0xFF, PHP_INT_MIN | 1, 5 & 3.0);
--EXPECT--
int(8)
int(14)
int(6)
int(-13)
int(-1)
int(0)
int(255)
int(-9223372036854775807)
int(1)
