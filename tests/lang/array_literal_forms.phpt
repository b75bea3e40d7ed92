--TEST--
array() and [] literals, nested arrays and trailing commas
--FILE--
<?php
$a = array(1, 2, 3,);
$b = [1, [2, [3, []]], 'k' => ['x' => 'y']];
var_dump($a == [1, 2, 3]);
var_dump($b);
var_dump(array());
--EXPECT--
bool(true)
array(3) {
  [0]=>
  int(1)
  [1]=>
  array(2) {
    [0]=>
    int(2)
    [1]=>
    array(2) {
      [0]=>
      int(3)
      [1]=>
      array(0) {
      }
    }
  }
  ["k"]=>
  array(1) {
    ["x"]=>
    string(1) "y"
  }
}
array(0) {
}
