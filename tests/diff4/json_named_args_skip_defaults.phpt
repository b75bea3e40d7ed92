--TEST--
json_decode/json_encode with named arguments that skip optional ones
--FILE--
<?php
var_dump(json_decode('[1]', flags: JSON_OBJECT_AS_ARRAY));
var_dump(json_decode('{"a":1}', flags: JSON_OBJECT_AS_ARRAY));
var_dump(json_decode('[[1]]', depth: 1));
echo json_encode(['a/b'], flags: JSON_UNESCAPED_SLASHES), "\n";
echo json_encode([[1]], depth: 1) === false ? json_last_error_msg() : 'x', "\n";
--EXPECT--
array(1) {
  [0]=>
  int(1)
}
array(1) {
  ["a"]=>
  int(1)
}
NULL
["a/b"]
Maximum stack depth exceeded
