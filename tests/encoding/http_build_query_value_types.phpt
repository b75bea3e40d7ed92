--TEST--
http_build_query() of bool, null, float and int values
--FILE--
<?php
var_dump(http_build_query(["t" => true, "f" => false, "n" => null, "i" => -5, "x" => 1.5, "y" => 0.1 + 0.2, "z" => 1e25, "m" => -0.0, "b" => PHP_INT_MIN]));
--EXPECT--
string(64) "t=1&f=0&i=-5&x=1.5&y=0.3&z=1.0E%2B25&m=-0&b=-9223372036854775808"
