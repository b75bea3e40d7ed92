--TEST--
array_filter(): truthiness, USE_KEY and USE_BOTH
--FILE--
<?php
$a = ["a" => 1, "b" => 0, "c" => "", "d" => "0", "e" => null, 5 => [], 6 => [0], "f" => "x"];
var_dump(array_filter($a));
var_dump(array_filter($a, fn($k) => is_int($k), ARRAY_FILTER_USE_KEY));
var_dump(array_filter($a, fn($v, $k) => $k === "a" || $v === "x", ARRAY_FILTER_USE_BOTH));
var_dump(array_filter([1, 2, 3, 4], fn($v) => $v % 2));
var_dump(array_filter([]), array_filter([3], null));
--EXPECT--
array(3) {
  ["a"]=>
  int(1)
  [6]=>
  array(1) {
    [0]=>
    int(0)
  }
  ["f"]=>
  string(1) "x"
}
array(2) {
  [5]=>
  array(0) {
  }
  [6]=>
  array(1) {
    [0]=>
    int(0)
  }
}
array(2) {
  ["a"]=>
  int(1)
  ["f"]=>
  string(1) "x"
}
array(2) {
  [0]=>
  int(1)
  [2]=>
  int(3)
}
array(0) {
}
array(1) {
  [0]=>
  int(3)
}
