--TEST--
array_diff(), array_diff_key(), array_diff_assoc() compare as strings / by key
--FILE--
<?php
$a = ["a" => "green", "red", "blue", "red", 7 => "1", "x" => 1.0];
$b = ["b" => "green", "yellow", "red", "1"];
var_dump(array_diff($a, $b), array_diff_key($a, $b), array_diff_assoc($a, $b));
var_dump(array_diff($a), array_diff([], $b), array_diff(["only"], ["only"]), array_diff(["only"], []));
var_dump(array_diff_key(["a" => 1, 2, 3], ["a" => 9], [1 => 0]));
--EXPECT--
array(1) {
  [1]=>
  string(4) "blue"
}
array(3) {
  ["a"]=>
  string(5) "green"
  [7]=>
  string(1) "1"
  ["x"]=>
  float(1)
}
array(6) {
  ["a"]=>
  string(5) "green"
  [0]=>
  string(3) "red"
  [1]=>
  string(4) "blue"
  [2]=>
  string(3) "red"
  [7]=>
  string(1) "1"
  ["x"]=>
  float(1)
}
array(6) {
  ["a"]=>
  string(5) "green"
  [0]=>
  string(3) "red"
  [1]=>
  string(4) "blue"
  [2]=>
  string(3) "red"
  [7]=>
  string(1) "1"
  ["x"]=>
  float(1)
}
array(0) {
}
array(0) {
}
array(1) {
  [0]=>
  string(4) "only"
}
array(1) {
  [0]=>
  int(2)
}
