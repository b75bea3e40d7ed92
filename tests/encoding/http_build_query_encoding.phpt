--TEST--
http_build_query() PHP_QUERY_RFC1738 vs PHP_QUERY_RFC3986
--FILE--
<?php
$d = ["a b" => "c d~e", "f" => ["g h" => "+"]];
var_dump(http_build_query($d, "", "&", PHP_QUERY_RFC1738), http_build_query($d, "", "&", PHP_QUERY_RFC3986), http_build_query($d, "", "&", 42));
--EXPECT--
string(26) "a+b=c+d%7Ee&f%5Bg+h%5D=%2B"
string(30) "a%20b=c%20d~e&f%5Bg%20h%5D=%2B"
string(26) "a+b=c+d%7Ee&f%5Bg+h%5D=%2B"
