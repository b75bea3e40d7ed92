--TEST--
round() with an unknown mode rounds half up (8.2 does not validate it)
--FILE--
<?php
var_dump(round(2.5, 0, 0), round(2.5, 0, 99), round(-2.5, 0, -1));
--EXPECT--
float(3)
float(3)
float(-3)
