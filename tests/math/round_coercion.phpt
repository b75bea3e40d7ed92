--TEST--
round() argument coercion
--FILE--
<?php
var_dump(round("3.7"), round("2.45", "1"), round(true), round("1e3", -2), round(2.5, 0.0));
--EXPECT--
float(4)
float(2.5)
float(1)
float(1000)
float(3)
