--TEST--
sprintf() %f %F %e %E %g %G with precision
--FILE--
<?php
var_dump(sprintf("%f", 1.5), sprintf("%.2f", 1.005), sprintf("%.0f", 2.5), sprintf("%.1f", 0.05));
var_dump(sprintf("%F", 1234.5), sprintf("%10.3f|", M_PI), sprintf("%-10.3f|", M_PI), sprintf("%010.3f", -M_PI));
var_dump(sprintf("%e", 1234.5678), sprintf("%.2E", 0.000123), sprintf("%.0e", 12345.0), sprintf("%e", 0.0));
var_dump(sprintf("%g", 0.00001234), sprintf("%g", 123456789.0), sprintf("%G", 1.5e-10), sprintf("%g", 100000.0));
var_dump(sprintf("%.3g", 1234.5), sprintf("%g", 1e6), sprintf("%g", -0.0), sprintf("%f", -0.0));
var_dump(sprintf("%.15f", 0.1), sprintf("%.20f", 1/3), sprintf("%f", 1e20));
var_dump(sprintf("%+.1f", 2.25), sprintf("%+e", -1.0), sprintf("[%-08.2f]", 1.5));
var_dump(sprintf("%h", 1e25), sprintf("%H", 1.5e-7));
--EXPECT--
string(8) "1.500000"
string(4) "1.00"
string(1) "2"
string(3) "0.1"
string(11) "1234.500000"
string(11) "     3.142|"
string(11) "3.142     |"
string(10) "-00003.142"
string(11) "1.234568e+3"
string(7) "1.23E-4"
string(4) "1e+4"
string(11) "0.000000e+0"
string(8) "1.234e-5"
string(10) "1.23457e+8"
string(7) "1.5E-10"
string(6) "100000"
string(7) "1.23e+3"
string(6) "1.0e+6"
string(2) "-0"
string(8) "0.000000"
string(17) "0.100000000000000"
string(22) "0.33333333333333331483"
string(28) "100000000000000000000.000000"
string(4) "+2.2"
string(12) "-1.000000e+0"
string(10) "[1.500000]"
string(7) "1.0e+25"
string(6) "1.5E-7"
