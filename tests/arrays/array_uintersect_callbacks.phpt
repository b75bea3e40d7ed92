--TEST--
array_uintersect() family with user comparisons
--FILE--
<?php
$cmp = fn($x, $y) => $x % 10 <=> $y % 10;
var_dump(array_uintersect([11, 2, 13], [1, 3], $cmp));
var_dump(array_intersect_ukey([11 => 1, 2 => 2], [1 => 0], $cmp));
var_dump(array_uintersect_assoc(["a" => 11, "b" => 2], ["a" => 21, "b" => 3], $cmp));
var_dump(array_intersect_uassoc([1 => "x", 2 => "y"], [11 => "x", 12 => "z"], $cmp));
var_dump(array_uintersect_uassoc([1 => 5, 2 => 6], [11 => 15, 12 => 7], $cmp, $cmp));
--EXPECT--
array(2) {
  [0]=>
  int(11)
  [2]=>
  int(13)
}
array(1) {
  [11]=>
  int(1)
}
array(1) {
  ["a"]=>
  int(11)
}
array(1) {
  [1]=>
  string(1) "x"
}
array(1) {
  [1]=>
  int(5)
}
