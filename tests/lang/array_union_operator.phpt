--TEST--
+ on arrays keeps left keys and adds missing right keys
--FILE--
<?php
var_dump([1, 2] + [3, 4, 5]);
var_dump(['a' => 1] + ['a' => 2, 'b' => 3]);
$x = [1]; $x += [5 => 'five'];
var_dump($x);
--EXPECT--
array(3) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(5)
}
array(2) {
  ["a"]=>
  int(1)
  ["b"]=>
  int(3)
}
array(2) {
  [0]=>
  int(1)
  [5]=>
  string(4) "five"
}
