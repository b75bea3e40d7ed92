--TEST--
array_sum()/array_product(): int overflow turns into float
--FILE--
<?php
var_dump(array_sum([PHP_INT_MAX, 1]), array_sum([PHP_INT_MIN, -1]), array_sum([PHP_INT_MAX, -1]));
var_dump(array_product([PHP_INT_MAX, 2]), array_product([-1, PHP_INT_MIN]), array_product([3037000500, 3037000500]));
--EXPECT--
float(9.223372036854776E+18)
float(-9.223372036854776E+18)
int(9223372036854775806)
float(1.8446744073709552E+19)
int(-9223372036854775808)
float(9.22337203700025E+18)
