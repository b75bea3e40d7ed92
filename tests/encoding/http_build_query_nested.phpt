--TEST--
http_build_query() of nested arrays uses %5B...%5D keys
--FILE--
<?php
var_dump(http_build_query(["a" => [1, 2], "b" => ["x" => ["y" => "z"]], "c" => [], "d" => [[]], "e" => ["k" => null]]));
var_dump(http_build_query(["user" => ["name" => "Bob Smith", "age" => 47, "sex" => "M"], "x" => [5 => ["p q"]]]));
--EXPECT--
string(39) "a%5B0%5D=1&a%5B1%5D=2&b%5Bx%5D%5By%5D=z"
string(77) "user%5Bname%5D=Bob+Smith&user%5Bage%5D=47&user%5Bsex%5D=M&x%5B5%5D%5B0%5D=p+q"
