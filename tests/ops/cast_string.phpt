--TEST--
(string) casts from numbers, bools, null
--FILE--
<?php
var_dump((string)1.0, (string)0.5, (string)-0.0, (string)true, (string)false, (string)null, (string)1e6, (string)1e15, (string)123456789012345678, (string)0.1, (string)1e-7, (string)-1);
--EXPECT--
string(1) "1"
string(3) "0.5"
string(2) "-0"
string(1) "1"
string(0) ""
string(0) ""
string(7) "1000000"
string(7) "1.0E+15"
string(18) "123456789012345678"
string(3) "0.1"
string(6) "1.0E-7"
string(2) "-1"
