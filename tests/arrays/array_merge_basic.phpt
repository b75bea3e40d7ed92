--TEST--
array_merge(): int keys renumbered, string keys overwritten
--FILE--
<?php
var_dump(array_merge([5 => "a", "x" => "b"], [5 => "c", "x" => "d", "y" => "e"], [-1 => "f"]));
var_dump(array_merge(["3" => 1, "03" => 2]));
var_dump(array_merge());
var_dump(array_merge([], ["a" => 1]), array_merge([2 => 1], []));
--EXPECT--
array(5) {
  [0]=>
  string(1) "a"
  ["x"]=>
  string(1) "d"
  [1]=>
  string(1) "c"
  ["y"]=>
  string(1) "e"
  [2]=>
  string(1) "f"
}
array(2) {
  [0]=>
  int(1)
  ["03"]=>
  int(2)
}
array(0) {
}
array(1) {
  ["a"]=>
  int(1)
}
array(1) {
  [0]=>
  int(1)
}
