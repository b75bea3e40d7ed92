--TEST--
var_dump nested arrays with mixed keys and indentation
--FILE--
<?php
var_dump([1, 'a' => ['b' => [true, null]], -3 => 1.0, "" => ""]);
var_dump([]);
--EXPECT--
array(4) {
  [0]=>
  int(1)
  ["a"]=>
  array(1) {
    ["b"]=>
    array(2) {
      [0]=>
      bool(true)
      [1]=>
      NULL
    }
  }
  [-3]=>
  float(1)
  [""]=>
  string(0) ""
}
array(0) {
}
