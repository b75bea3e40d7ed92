--TEST--
shuffle(): a permutation of the values with keys 0..n-1
--FILE--
<?php
$a = ["a" => 1, "b" => 2, 5 => 3, 4, 5];
var_dump(shuffle($a));
var_dump(array_keys($a));
$v = $a;
sort($v);
var_dump($v);
$e = [];
shuffle($e);
var_dump($e);
--EXPECT--
bool(true)
array(5) {
  [0]=>
  int(0)
  [1]=>
  int(1)
  [2]=>
  int(2)
  [3]=>
  int(3)
  [4]=>
  int(4)
}
array(5) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(3)
  [3]=>
  int(4)
  [4]=>
  int(5)
}
array(0) {
}
