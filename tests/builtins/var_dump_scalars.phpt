--TEST--
var_dump output for every scalar type and multiple arguments
--FILE--
<?php
var_dump(null, true, false, 0, -17, 1.5, -0.5, "", "a b", "ünï");
var_dump(1, "two");
--EXPECT--
NULL
bool(true)
bool(false)
int(0)
int(-17)
float(1.5)
float(-0.5)
string(0) ""
string(3) "a b"
string(5) "ünï"
int(1)
string(3) "two"
