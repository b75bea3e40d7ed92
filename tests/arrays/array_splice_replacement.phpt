--TEST--
array_splice(): replacement values (array, scalar, null) are inserted
--FILE--
<?php
$a = [1, 2, 3];
array_splice($a, 1, 1, ["x" => "X", "Y"]);
var_dump($a);
$b = [1, 2, 3];
array_splice($b, 1, 0, "ins");
var_dump($b);
$c = [1, 2, 3];
array_splice($c, 3, 0, [4, 5]);
var_dump($c);
$d = ["k" => 1, 2];
array_splice($d, 0, 1, null);
var_dump($d);
$e = [1, 2, 3];
var_dump(array_splice($e, 1, null, [9]), $e);
--EXPECT--
array(4) {
  [0]=>
  int(1)
  [1]=>
  string(1) "X"
  [2]=>
  string(1) "Y"
  [3]=>
  int(3)
}
array(4) {
  [0]=>
  int(1)
  [1]=>
  string(3) "ins"
  [2]=>
  int(2)
  [3]=>
  int(3)
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
array(1) {
  [0]=>
  int(2)
}
array(2) {
  [0]=>
  int(2)
  [1]=>
  int(3)
}
array(2) {
  [0]=>
  int(1)
  [1]=>
  int(9)
}
