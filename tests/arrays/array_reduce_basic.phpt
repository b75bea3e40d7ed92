--TEST--
array_reduce(): carries a value through the callback
--FILE--
<?php
var_dump(array_reduce([1, 2, 3, 4], fn($c, $i) => $c + $i));
var_dump(array_reduce([1, 2, 3], fn($c, $i) => $c . $i, "start:"));
var_dump(array_reduce([], fn($c, $i) => 1), array_reduce([], fn($c, $i) => 1, "init"));
var_dump(array_reduce(["a" => [1, 2], "b" => [3]], fn($c, $i) => array_merge($c, $i), []));
--EXPECT--
int(10)
string(9) "start:123"
NULL
string(4) "init"
array(3) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(3)
}
