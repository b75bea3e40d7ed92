--TEST--
array_unique(): the first of equal values survives, keys kept
--FILE--
<?php
var_dump(array_unique(["x" => "b", "y" => "a", "z" => "b", 3 => "a", 4 => "c"]));
$u = array_unique([3 => 1, 5 => 1]);
$u[] = 2;
var_dump($u);
--EXPECT--
array(3) {
  ["x"]=>
  string(1) "b"
  ["y"]=>
  string(1) "a"
  [4]=>
  string(1) "c"
}
array(2) {
  [3]=>
  int(1)
  [4]=>
  int(2)
}
