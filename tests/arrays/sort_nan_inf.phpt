--TEST--
sort(): INF and mixed numbers
--FILE--
<?php
$a = [INF, -INF, 0, 1.5, -2, PHP_INT_MAX, PHP_INT_MIN];
sort($a);
var_dump($a);
rsort($a, SORT_STRING);
var_dump($a);
--EXPECT--
array(7) {
  [0]=>
  float(-INF)
  [1]=>
  int(-9223372036854775808)
  [2]=>
  int(-2)
  [3]=>
  int(0)
  [4]=>
  float(1.5)
  [5]=>
  int(9223372036854775807)
  [6]=>
  float(INF)
}
array(7) {
  [0]=>
  float(INF)
  [1]=>
  int(9223372036854775807)
  [2]=>
  float(1.5)
  [3]=>
  int(0)
  [4]=>
  float(-INF)
  [5]=>
  int(-9223372036854775808)
  [6]=>
  int(-2)
}
