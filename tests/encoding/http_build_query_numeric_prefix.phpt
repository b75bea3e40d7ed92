--TEST--
http_build_query() numeric_prefix applies to top-level int keys only
--FILE--
<?php
var_dump(http_build_query([1, "a" => 2, 5 => [7, 8]], "n_"), http_build_query([-3 => "x"], "p"));
--EXPECT--
string(35) "n_0=1&a=2&n_5%5B0%5D=7&n_5%5B1%5D=8"
string(5) "p-3=x"
