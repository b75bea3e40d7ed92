--TEST--
array_values(): renumbers keys, keeps references
--FILE--
<?php
$a = [5 => "x", "k" => "y", -2 => "z"];
var_dump(array_values($a));
$v = 1;
$b = ["p" => &$v, "q" => 2];
$c = array_values($b);
$v = 9;
var_dump($c);
var_dump(array_values([]), array_values([1, 2]));
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
  &int(9)
  [1]=>
  int(2)
}
array(0) {
}
array(2) {
  [0]=>
  int(1)
  [1]=>
  int(2)
}
