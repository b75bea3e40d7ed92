--TEST--
json_decode: nesting must stay below $depth (error 1)
--FILE--
<?php
var_dump(json_decode('1', true, 1), json_last_error());
var_dump(json_decode('[1]', true, 1), json_last_error(), json_last_error_msg());
var_dump(json_decode('[1]', true, 2), json_last_error());
var_dump(json_decode('[[1]]', true, 2), json_last_error());
var_dump(json_decode('{"a":{"b":[]}}', true, 3), json_last_error());
var_dump(json_decode('{"a":{"b":[]}}', true, 4), json_last_error());
var_dump(json_decode('[[1], [2', true, 2), json_last_error());
--EXPECT--
int(1)
int(0)
NULL
int(1)
string(28) "Maximum stack depth exceeded"
array(1) {
  [0]=>
  int(1)
}
int(0)
NULL
int(1)
NULL
int(1)
array(1) {
  ["a"]=>
  array(1) {
    ["b"]=>
    array(0) {
    }
  }
}
int(0)
NULL
int(1)
