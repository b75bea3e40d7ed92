--TEST--
abs() accepts numeric strings and bools as int|float
--FILE--
<?php
var_dump(abs("-3"), abs("-3.5"), abs(" 7"), abs("1e3"), abs(true), abs(false));
--EXPECT--
int(3)
float(3.5)
int(7)
float(1000)
int(1)
int(0)
