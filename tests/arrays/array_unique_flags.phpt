--TEST--
array_unique(): SORT_STRING (default), SORT_REGULAR, SORT_NUMERIC keep the first of equals
--FILE--
<?php
$a = [4, "4", "3", 4.0, 3, "a", "A", "1e1", 10, "010"];
var_dump(array_unique($a));
var_dump(array_unique($a, SORT_REGULAR));
var_dump(array_unique($a, SORT_NUMERIC));
var_dump(array_unique(["b" => "x", "a" => "X", "c" => "x"], SORT_STRING | SORT_FLAG_CASE));
var_dump(array_unique([7]), array_unique([]));
--EXPECT--
array(7) {
  [0]=>
  int(4)
  [2]=>
  string(1) "3"
  [5]=>
  string(1) "a"
  [6]=>
  string(1) "A"
  [7]=>
  string(3) "1e1"
  [8]=>
  int(10)
  [9]=>
  string(3) "010"
}
array(5) {
  [0]=>
  int(4)
  [2]=>
  string(1) "3"
  [5]=>
  string(1) "a"
  [6]=>
  string(1) "A"
  [7]=>
  string(3) "1e1"
}
array(4) {
  [0]=>
  int(4)
  [2]=>
  string(1) "3"
  [5]=>
  string(1) "a"
  [7]=>
  string(3) "1e1"
}
array(1) {
  ["b"]=>
  string(1) "x"
}
array(1) {
  [0]=>
  int(7)
}
array(0) {
}
