--TEST--
pow() keeps int results while they fit, like **
--FILE--
<?php
var_dump(pow(2, 10), pow(-2, 63), pow(2, 62), pow(3, 40), pow(-3, 39), pow(7, 22), pow(0, 0), pow(1, PHP_INT_MAX), pow(-1, PHP_INT_MAX), pow(10, 18));
--EXPECT--
int(1024)
int(-9223372036854775808)
int(4611686018427387904)
float(1.2157665459056929E+19)
int(-4052555153018976267)
int(3909821048582988049)
int(1)
int(1)
int(-1)
int(1000000000000000000)
