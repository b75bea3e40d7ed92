--TEST--
array_pad(): pad right, pad left, no change
--FILE--
<?php
$a = [5 => "a", "k" => "b"];
var_dump(array_pad($a, 4, 0), array_pad($a, -4, 0), array_pad($a, 1, 0), array_pad([], 2, null));
--EXPECT--
array(4) {
  [0]=>
  string(1) "a"
  ["k"]=>
  string(1) "b"
  [1]=>
  int(0)
  [2]=>
  int(0)
}
array(4) {
  [0]=>
  int(0)
  [1]=>
  int(0)
  [2]=>
  string(1) "a"
  ["k"]=>
  string(1) "b"
}
array(2) {
  [5]=>
  string(1) "a"
  ["k"]=>
  string(1) "b"
}
array(2) {
  [0]=>
  NULL
  [1]=>
  NULL
}
