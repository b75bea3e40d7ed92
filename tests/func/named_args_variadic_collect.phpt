--TEST--
extra named arguments are collected by a variadic with string keys
--FILE--
<?php
function f($a, ...$rest) { var_dump($a, $rest); }
f(1, 2, x: 'X', y: 'Y');
--EXPECT--
int(1)
array(3) {
  [0]=>
  int(2)
  ["x"]=>
  string(1) "X"
  ["y"]=>
  string(1) "Y"
}
