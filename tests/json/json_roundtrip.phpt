--TEST--
json_encode then json_decode(assoc) gives the value back
--FILE--
<?php
$v = ["int" => 1, "float" => 1.5, "zero" => 0.0, "str" => "é/\"\n", "list" => [1, [2, [3]]], "map" => ["a" => null, "b" => true], "big" => PHP_INT_MAX, "neg" => -0.5];
$j = json_encode($v);
echo $j, "\n";
var_dump(json_decode($j, true) === $v);
$p = json_encode($v, JSON_PRETTY_PRINT | JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES | JSON_PRESERVE_ZERO_FRACTION);
var_dump(json_decode($p, true) === $v);
--EXPECT--
{"int":1,"float":1.5,"zero":0,"str":"\u00e9\/\"\n","list":[1,[2,[3]]],"map":{"a":null,"b":true},"big":9223372036854775807,"neg":-0.5}
bool(false)
bool(true)
