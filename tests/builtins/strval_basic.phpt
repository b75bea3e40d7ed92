--TEST--
strval of numbers, bools and null
--FILE--
<?php
var_dump(strval(1), strval(1.0), strval(0.1 + 0.2), strval(true), strval(false), strval(null), strval(-0.0), strval(1e100), strval("s"));
--EXPECT--
string(1) "1"
string(1) "1"
string(3) "0.3"
string(1) "1"
string(0) ""
string(0) ""
string(2) "-0"
string(8) "1.0E+100"
string(1) "s"
