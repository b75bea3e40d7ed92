--TEST--
json_decode: objects as arrays with $associative = true, nested
--FILE--
<?php
var_dump(json_decode('{"a":1,"b":[1,2,{"c":null}],"d":{"e":{"f":"g"}},"h":{},"i":[]}', true));
--EXPECT--
array(5) {
  ["a"]=>
  int(1)
  ["b"]=>
  array(3) {
    [0]=>
    int(1)
    [1]=>
    int(2)
    [2]=>
    array(1) {
      ["c"]=>
      NULL
    }
  }
  ["d"]=>
  array(1) {
    ["e"]=>
    array(1) {
      ["f"]=>
      string(1) "g"
    }
  }
  ["h"]=>
  array(0) {
  }
  ["i"]=>
  array(0) {
  }
}
