--TEST--
pow() takes numeric strings, bools and null like **
--FILE--
<?php
var_dump(pow("3", "2"), pow("2.5", 2), pow(2.0, 3), pow(true, 3), pow(null, 2), pow("1e2", 2), pow(2, "0.5"));
var_dump(pow(3, 4) === 3 ** 4, pow(2.5, -2) === 2.5 ** -2);
--EXPECT--
int(9)
float(6.25)
float(8)
int(1)
int(0)
float(10000)
float(1.4142135623730951)
bool(true)
bool(true)
