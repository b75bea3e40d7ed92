--TEST--
sprintf() with INF and NAN
--FILE--
<?php
var_dump(sprintf("%f", INF), sprintf("%f", -INF), sprintf("%e", NAN), sprintf("%g", -INF));
var_dump(sprintf("[%6f]", INF), sprintf("[%-6f]", NAN), sprintf("[%06f]", -INF), sprintf("[%+06f]", INF));
var_dump(sprintf("%d", INF), sprintf("%d", NAN));
--EXPECT--
string(3) "INF"
string(3) "INF"
string(3) "NaN"
string(3) "INF"
string(5) "[INF]"
string(5) "[NaN]"
string(5) "[-NF]"
string(5) "[+NF]"
string(1) "0"
string(1) "0"
