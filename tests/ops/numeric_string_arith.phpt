--TEST--
arithmetic with numeric strings incl. whitespace, exponent and leading dot
--FILE--
<?php
var_dump("5" + "3", "1.5" + 1, " 5" + 1, "5 " + 1, "\n5\t" + 1, "1e3" + 1, ".5" + 0, "-5" - "-5", "+7" * 1, "1." + 0);
var_dump("9223372036854775807" + 0, "9223372036854775808" + 0);
--EXPECT--
int(8)
float(2.5)
int(6)
int(6)
int(6)
float(1001)
float(0.5)
int(0)
int(7)
float(1)
int(9223372036854775807)
float(9.223372036854776E+18)
