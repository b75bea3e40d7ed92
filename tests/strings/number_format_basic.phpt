--TEST--
number_format() rounding, separators and negative zero
--FILE--
<?php
var_dump(number_format(1234567.891));
var_dump(number_format(1234567.891, 2));
var_dump(number_format(1234567.891, 2, ",", "."));
var_dump(number_format(1234.5678, 2, "", ""));
var_dump(number_format(1000, 2, " dec ", " thou "));
var_dump(number_format(0.5), number_format(1.5), number_format(2.5), number_format(-0.5));
var_dump(number_format(1.005, 2), number_format(5.055, 2), number_format(2.675, 2));
var_dump(number_format(-0.4), number_format(-0.04, 1), number_format(-1234.567, 1));
var_dump(number_format(1234.5, -2));
var_dump(number_format(1e15, 2), number_format(1e20));
var_dump(number_format(0.1, 20));
var_dump(number_format(INF), number_format(-INF, 2), number_format(NAN));
var_dump(number_format(1000, 1, null, null));
var_dump(number_format("1234.5"), number_format(true));
--EXPECT--
string(9) "1,234,568"
string(12) "1,234,567.89"
string(12) "1.234.567,89"
string(6) "123457"
string(17) "1 thou 000 dec 00"
string(1) "1"
string(1) "2"
string(1) "3"
string(2) "-1"
string(4) "1.01"
string(4) "5.06"
string(4) "2.68"
string(1) "0"
string(3) "0.0"
string(8) "-1,234.6"
string(5) "1,235"
string(24) "1,000,000,000,000,000.00"
string(27) "100,000,000,000,000,000,000"
string(22) "0.10000000000000000555"
string(3) "inf"
string(3) "inf"
string(3) "nan"
string(7) "1,000.0"
string(5) "1,235"
string(1) "1"
