--TEST--
array_multisort(): sorts several arrays by the first, then the next
--FILE--
<?php
$data = [3, 1, 3, 2];
$other = ["c", "a", "b", "z"];
var_dump(array_multisort($data, $other), $data, $other);
$k = ["x" => 2, 5 => 1, "y" => 1];
array_multisort($k);
var_dump($k);
--EXPECT--
bool(true)
array(4) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(3)
  [3]=>
  int(3)
}
array(4) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "z"
  [2]=>
  string(1) "b"
  [3]=>
  string(1) "c"
}
array(3) {
  [0]=>
  int(1)
  ["y"]=>
  int(1)
  ["x"]=>
  int(2)
}
