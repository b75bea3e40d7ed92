--TEST--
arrays built with & elements share values with variables
--FILE--
<?php
$x = 1;
$arr = [&$x, $x];
$arr[0] = 10;
$arr[1] = 20;
var_dump($x);
$x = 99;
var_dump($arr);
--EXPECT--
int(10)
array(2) {
  [0]=>
  &int(99)
  [1]=>
  int(20)
}
