--TEST--
array_chunk(): with and without preserved keys
--FILE--
<?php
$a = ["a" => 1, "b" => 2, 3, 4, 5];
var_dump(array_chunk($a, 2), array_chunk($a, 2, true), array_chunk($a, 10), array_chunk([], 3));
--EXPECT--
array(3) {
  [0]=>
  array(2) {
    [0]=>
    int(1)
    [1]=>
    int(2)
  }
  [1]=>
  array(2) {
    [0]=>
    int(3)
    [1]=>
    int(4)
  }
  [2]=>
  array(1) {
    [0]=>
    int(5)
  }
}
array(3) {
  [0]=>
  array(2) {
    ["a"]=>
    int(1)
    ["b"]=>
    int(2)
  }
  [1]=>
  array(2) {
    [0]=>
    int(3)
    [1]=>
    int(4)
  }
  [2]=>
  array(1) {
    [2]=>
    int(5)
  }
}
array(1) {
  [0]=>
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
}
array(0) {
}
