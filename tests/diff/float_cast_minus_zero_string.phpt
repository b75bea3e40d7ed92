--TEST--
(float)"-0" is float(-0) (string parsed as a double, sign kept)
--FILE--
<?php
var_dump((float)"-0", floatval("-0"), (float)" -0", (float)"-0.0");
--EXPECT--
float(-0)
float(-0)
float(-0)
float(-0)
