--TEST--
(int) casts from float, string, bool, null and arrays
--FILE--
<?php
var_dump((int)3.99, (int)-3.99, (int)"12abc", (int)"  42", (int)"abc", (int)"1e3", (int)"0x1A", (int)"012", (int)true, (int)null, (int)[], (int)[0], (int)"-0", (int)" 12 ", (int)"1.9e1");
var_dump((int)1e19, (int)-1e19, (int)"9999999999999999999", (int)"-9999999999999999999", (integer)"7");
--EXPECT--
int(3)
int(-3)
int(12)
int(42)
int(0)
int(1000)
int(0)
int(12)
int(1)
int(0)
int(0)
int(1)
int(0)
int(12)
int(19)
int(-8446744073709551616)
int(8446744073709551616)
int(9223372036854775807)
int(-9223372036854775808)
int(7)
