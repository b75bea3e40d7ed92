--TEST--
. converts operands to strings; number/bool/null/float forms
--FILE--
<?php
var_dump(1 . 2, 1.0 . "", true . "|" . false . "|" . null, 0.1 + 0.2 . "", -0.0 . "", 1e25 . "", 1.5e-7 . "", 100000000000000000000 . "");
$a = "x"; $b = $a . $a . $a;
var_dump($b);
--EXPECT--
string(2) "12"
string(1) "1"
string(3) "1||"
string(3) "0.3"
string(2) "-0"
string(7) "1.0E+25"
string(6) "1.5E-7"
string(7) "1.0E+20"
string(3) "xxx"
