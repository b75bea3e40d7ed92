--TEST--
array_udiff() and array_diff_ukey() family with user comparisons
--FILE--
<?php
$cmp = fn($x, $y) => $x % 10 <=> $y % 10;
var_dump(array_udiff([11, 2, 13, 4], [1, 23], $cmp));
var_dump(array_diff_ukey([11 => "a", 2 => "b", 3 => "c"], [1 => 0, 13 => 0], $cmp));
var_dump(array_udiff_assoc(["a" => 11, "b" => 2], ["a" => 21, "b" => 3], $cmp));
var_dump(array_diff_uassoc([1 => "x", 2 => "y"], [11 => "x", 12 => "z"], $cmp));
var_dump(array_udiff_uassoc([1 => 5, 2 => 6], [11 => 15, 12 => 7], $cmp, $cmp));
--EXPECT--
array(2) {
  [1]=>
  int(2)
  [3]=>
  int(4)
}
array(1) {
  [2]=>
  string(1) "b"
}
array(1) {
  ["b"]=>
  int(2)
}
array(1) {
  [2]=>
  string(1) "y"
}
array(1) {
  [2]=>
  int(6)
}
