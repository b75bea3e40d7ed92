--TEST--
str_ireplace() matches case-insensitively
--FILE--
<?php
var_dump(str_ireplace("WORLD", "PHP", "Hello World"));
var_dump(str_ireplace(["A", "b"], ["x", "y"], "aAbB", $c), $c);
var_dump(str_ireplace("é", "e", "É é"));
--EXPECT--
string(9) "Hello PHP"
string(4) "xxyy"
int(4)
string(4) "É e"
