--TEST--
json_encode: INF and NAN fail with error 7 but encoding goes on (0 with partial output)
--FILE--
<?php
var_dump(json_encode(INF), json_last_error(), json_last_error_msg());
var_dump(json_encode([1, NAN, 2]), json_last_error());
var_dump(json_encode([1, -INF, 2], JSON_PARTIAL_OUTPUT_ON_ERROR), json_last_error());
var_dump(json_encode(["x" => NAN], JSON_PARTIAL_OUTPUT_ON_ERROR | JSON_PRESERVE_ZERO_FRACTION));
var_dump(json_encode("1e999", JSON_NUMERIC_CHECK));
--EXPECT--
bool(false)
int(7)
string(34) "Inf and NaN cannot be JSON encoded"
bool(false)
int(7)
string(7) "[1,0,2]"
int(7)
string(7) "{"x":0}"
string(7) ""1e999""
