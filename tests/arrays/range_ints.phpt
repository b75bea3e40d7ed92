--TEST--
range(): ints up and down, steps, numeric strings
--FILE--
<?php
var_dump(range(1, 5), range(5, 1, 2), range(0, 10, -5), range(3, 3), range("2", "5"), range("1", 3, 2));
var_dump(range(-3, -1), range(0, 1, 3 - 2));
--EXPECT--
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
array(3) {
  [0]=>
  int(5)
  [1]=>
  int(3)
  [2]=>
  int(1)
}
array(3) {
  [0]=>
  int(0)
  [1]=>
  int(5)
  [2]=>
  int(10)
}
array(1) {
  [0]=>
  int(3)
}
array(4) {
  [0]=>
  int(2)
  [1]=>
  int(3)
  [2]=>
  int(4)
  [3]=>
  int(5)
}
array(2) {
  [0]=>
  int(1)
  [1]=>
  int(3)
}
array(3) {
  [0]=>
  int(-3)
  [1]=>
  int(-2)
  [2]=>
  int(-1)
}
array(2) {
  [0]=>
  int(0)
  [1]=>
  int(1)
}
