--TEST--
<< and >> with large and negative operands
--FILE--
<?php
var_dump(1 << 3, 1 << 62, 1 << 63, 1 << 64, 1 << 100, -8 >> 1, -1 >> 63, 8 >> 64, -8 >> 100, 5 >> 0);
--EXPECT--
int(8)
int(4611686018427387904)
int(-9223372036854775808)
int(0)
int(0)
int(-4)
int(-1)
int(0)
int(-1)
int(5)
