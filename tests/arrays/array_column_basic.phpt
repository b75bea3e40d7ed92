--TEST--
array_column(): a column of rows, rows without it skipped
--FILE--
<?php
$rows = [
    ["id" => 3, "name" => "x", 0 => "zero"],
    ["id" => 5, "name" => "y"],
    "not a row",
    ["name" => "z"],
];
var_dump(array_column($rows, "name"), array_column($rows, "id"), array_column($rows, 0));
var_dump(array_column($rows, null, "id"));
--EXPECT--
array(3) {
  [0]=>
  string(1) "x"
  [1]=>
  string(1) "y"
  [2]=>
  string(1) "z"
}
array(2) {
  [0]=>
  int(3)
  [1]=>
  int(5)
}
array(1) {
  [0]=>
  string(4) "zero"
}
array(4) {
  [3]=>
  array(3) {
    ["id"]=>
    int(3)
    ["name"]=>
    string(1) "x"
    [0]=>
    string(4) "zero"
  }
  [5]=>
  array(2) {
    ["id"]=>
    int(5)
    ["name"]=>
    string(1) "y"
  }
  [6]=>
  string(9) "not a row"
  [7]=>
  array(1) {
    ["name"]=>
    string(1) "z"
  }
}
