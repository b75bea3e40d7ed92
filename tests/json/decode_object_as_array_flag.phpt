--TEST--
json_decode: JSON_OBJECT_AS_ARRAY when $associative is null; true overrides
--FILE--
<?php
var_dump(json_decode('{"a":{"b":1}}', null, 512, JSON_OBJECT_AS_ARRAY));
var_dump(json_decode('[{"x":[]}]', true, 512, 0));
var_dump(json_decode('{}', true));
--EXPECT--
array(1) {
  ["a"]=>
  array(1) {
    ["b"]=>
    int(1)
  }
}
array(1) {
  [0]=>
  array(1) {
    ["x"]=>
    array(0) {
    }
  }
}
array(0) {
}
