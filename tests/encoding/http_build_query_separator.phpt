--TEST--
http_build_query() arg_separator argument and ini setting
--FILE--
<?php
var_dump(http_build_query(["a" => 1, "b" => 2], "", "&amp;"), http_build_query(["a" => 1, "b" => 2], "", ""), http_build_query(["a" => 1, "b" => 2], "", null));
ini_set("arg_separator.output", ";");
var_dump(http_build_query(["a" => 1, "b" => [2, 3]]));
--EXPECT--
string(11) "a=1&amp;b=2"
string(6) "a=1b=2"
string(7) "a=1&b=2"
string(25) "a=1;b%5B0%5D=2;b%5B1%5D=3"
