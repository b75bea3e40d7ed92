--TEST--
http_build_query() of a flat array
--FILE--
<?php
var_dump(http_build_query(["a" => 1, "b" => "two words", "c" => "x&y=z", "d" => "~"]));
var_dump(http_build_query([1, 2, 3]), http_build_query([]), http_build_query(["a b" => "c"]));
--EXPECT--
string(33) "a=1&b=two+words&c=x%26y%3Dz&d=%7E"
string(11) "0=1&1=2&2=3"
string(0) ""
string(5) "a+b=c"
