--TEST--
json_encode: an array containing itself through a reference fails with error 6
--FILE--
<?php
$a = [1];
$a[] = &$a;
var_dump(json_encode($a), json_last_error(), json_last_error_msg());
var_dump(json_encode($a, JSON_PARTIAL_OUTPUT_ON_ERROR), json_last_error());
$b = ["x" => 1];
$b["self"] = &$b;
var_dump(json_encode($b, JSON_PARTIAL_OUTPUT_ON_ERROR));
--EXPECT--
bool(false)
int(6)
string(18) "Recursion detected"
string(8) "[1,null]"
int(6)
string(19) "{"x":1,"self":null}"
