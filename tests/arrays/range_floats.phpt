--TEST--
range(): floats when an end or the step is a float
--FILE--
<?php
var_dump(range(0, 1, 0.25), range(1.5, 4), range(3, 1, 0.5), range("0.5", "2"), range(1, 2, 1.0));
var_dump(range(0.1, 0.5, 0.1));
--EXPECT--
array(5) {
  [0]=>
  float(0)
  [1]=>
  float(0.25)
  [2]=>
  float(0.5)
  [3]=>
  float(0.75)
  [4]=>
  float(1)
}
array(3) {
  [0]=>
  float(1.5)
  [1]=>
  float(2.5)
  [2]=>
  float(3.5)
}
array(5) {
  [0]=>
  float(3)
  [1]=>
  float(2.5)
  [2]=>
  float(2)
  [3]=>
  float(1.5)
  [4]=>
  float(1)
}
array(2) {
  [0]=>
  float(0.5)
  [1]=>
  float(1.5)
}
array(2) {
  [0]=>
  float(1)
  [1]=>
  float(2)
}
array(5) {
  [0]=>
  float(0.1)
  [1]=>
  float(0.2)
  [2]=>
  float(0.30000000000000004)
  [3]=>
  float(0.4)
  [4]=>
  float(0.5)
}
