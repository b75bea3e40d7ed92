--TEST--
array_multisort(): literal arrays and flags are accepted by value
--FILE--
<?php
var_dump(array_multisort([3, 1, 2]));
$a = [3, 1, 2];
$flag = SORT_DESC;
array_multisort($a, $flag);
var_dump($a);
$data = ["x" => [3, 1, 2], "y" => ["c", "a", "b"]];
array_multisort($data["x"], $data["y"]);
var_dump($data);
--EXPECT--
bool(true)
array(3) {
  [0]=>
  int(3)
  [1]=>
  int(2)
  [2]=>
  int(1)
}
array(2) {
  ["x"]=>
  array(3) {
    [0]=>
    int(1)
    [1]=>
    int(2)
    [2]=>
    int(3)
  }
  ["y"]=>
  array(3) {
    [0]=>
    string(1) "a"
    [1]=>
    string(1) "b"
    [2]=>
    string(1) "c"
  }
}
