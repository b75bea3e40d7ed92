--TEST--
string parameters accept ints, floats and bools
--FILE--
<?php
function f(string $s) { return $s; }
var_dump(f(5), f(1.5), f(true), f(false), f(-0.0), f(1e25));
--EXPECT--
string(1) "5"
string(3) "1.5"
string(1) "1"
string(0) ""
string(2) "-0"
string(7) "1.0E+25"
