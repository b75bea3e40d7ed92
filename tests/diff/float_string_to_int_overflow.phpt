--TEST--
Out-of-range float-string in integer context: deprecation quotes the string, value saturates to PHP_INT_MAX/MIN
--FILE--
<?php
var_dump("1e100" | 0);
var_dump("-1e100" | 0);
var_dump("1e19" % 7);
var_dump((int)"1e100");
--EXPECTF--

Deprecated: Implicit conversion from float-string "1e100" to int loses precision in %s on line 2
int(9223372036854775807)

Deprecated: Implicit conversion from float-string "-1e100" to int loses precision in %s on line 3
int(-9223372036854775808)

Deprecated: Implicit conversion from float-string "1e19" to int loses precision in %s on line 4
int(0)
int(9223372036854775807)
