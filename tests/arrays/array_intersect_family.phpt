--TEST--
array_intersect(), array_intersect_key(), array_intersect_assoc()
--FILE--
<?php
$a = ["a" => "green", "red", "blue", "red", "x" => 1];
$b = ["b" => "green", "yellow", "red", "1"];
var_dump(array_intersect($a, $b), array_intersect_key($a, $b), array_intersect_assoc($a, ["a" => "green", 0 => "RED", "x" => "1"]));
var_dump(array_intersect($a, $b, ["red"]), array_intersect([1, 2]));
--EXPECT--
array(4) {
  ["a"]=>
  string(5) "green"
  [0]=>
  string(3) "red"
  [2]=>
  string(3) "red"
  ["x"]=>
  int(1)
}
array(3) {
  [0]=>
  string(3) "red"
  [1]=>
  string(4) "blue"
  [2]=>
  string(3) "red"
}
array(2) {
  ["a"]=>
  string(5) "green"
  ["x"]=>
  int(1)
}
array(2) {
  [0]=>
  string(3) "red"
  [2]=>
  string(3) "red"
}
array(2) {
  [0]=>
  int(1)
  [1]=>
  int(2)
}
