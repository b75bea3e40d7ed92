--TEST--
array_map(): one array keeps its keys
--FILE--
<?php
var_dump(array_map(fn($v) => $v * 2, ["a" => 1, 7 => 2, -1 => 3]));
var_dump(array_map("strlen", ["x" => "abc", "y" => ""]));
var_dump(array_map(null, ["k" => 1]), array_map(fn($v) => 1, []));
--EXPECT--
array(3) {
  ["a"]=>
  int(2)
  [7]=>
  int(4)
  [-1]=>
  int(6)
}
array(2) {
  ["x"]=>
  int(3)
  ["y"]=>
  int(0)
}
array(1) {
  ["k"]=>
  int(1)
}
array(0) {
}
