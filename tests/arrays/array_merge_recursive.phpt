--TEST--
array_merge_recursive(): string keys merge into arrays
--FILE--
<?php
$a = ["a" => 1, "b" => ["x" => 1, 2], "c" => null, 4 => "four"];
$b = ["a" => 2, "b" => ["x" => 3, 5], "c" => "c2", 4 => "again", "d" => [1]];
var_dump(array_merge_recursive($a, $b));
var_dump(array_merge_recursive(["k" => "v"], ["k" => ["w"]], ["k" => "z"]));
--EXPECT--
array(6) {
  ["a"]=>
  array(2) {
    [0]=>
    int(1)
    [1]=>
    int(2)
  }
  ["b"]=>
  array(3) {
    ["x"]=>
    array(2) {
      [0]=>
      int(1)
      [1]=>
      int(3)
    }
    [0]=>
    int(2)
    [1]=>
    int(5)
  }
  ["c"]=>
  array(2) {
    [0]=>
    NULL
    [1]=>
    string(2) "c2"
  }
  [0]=>
  string(4) "four"
  [1]=>
  string(5) "again"
  ["d"]=>
  array(1) {
    [0]=>
    int(1)
  }
}
array(1) {
  ["k"]=>
  array(3) {
    [0]=>
    string(1) "v"
    [1]=>
    string(1) "w"
    [2]=>
    string(1) "z"
  }
}
