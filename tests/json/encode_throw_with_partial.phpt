--TEST--
json_encode: JSON_PARTIAL_OUTPUT_ON_ERROR wins over JSON_THROW_ON_ERROR; a throwing call keeps json_last_error()
--FILE--
<?php
json_decode("{");
var_dump(json_last_error());
var_dump(json_encode(NAN, JSON_THROW_ON_ERROR | JSON_PARTIAL_OUTPUT_ON_ERROR), json_last_error());
json_decode("[");
var_dump(json_encode(1, JSON_THROW_ON_ERROR), json_last_error());
--EXPECT--
int(4)
string(1) "0"
int(7)
string(1) "1"
int(4)
