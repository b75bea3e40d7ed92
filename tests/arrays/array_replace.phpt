--TEST--
array_replace(): keys of later arrays replace or are appended
--FILE--
<?php
$base = ["a" => 1, 0 => "zero", 5 => "five"];
var_dump(array_replace($base, [0 => "ZERO", "b" => 2], ["a" => "A", 9 => "nine"]));
var_dump(array_replace([1, 2, 3]));
$x = array_replace([1], [3 => 3]);
$x[] = "next";
var_dump($x);
--EXPECT--
array(5) {
  ["a"]=>
  string(1) "A"
  [0]=>
  string(4) "ZERO"
  [5]=>
  string(4) "five"
  ["b"]=>
  int(2)
  [9]=>
  string(4) "nine"
}
array(3) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(3)
}
array(3) {
  [0]=>
  int(1)
  [3]=>
  int(3)
  [4]=>
  string(4) "next"
}
