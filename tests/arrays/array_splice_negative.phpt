--TEST--
array_splice(): negative offset and length
--FILE--
<?php
$a = ["a", "b", "c", "d", "e"];
var_dump(array_splice($a, -3, -1, ["X"]), $a);
$b = ["a", "b"];
var_dump(array_splice($b, -5, 1), $b);
$c = ["a", "b"];
var_dump(array_splice($c, 5, 1, ["end"]), $c);
--EXPECT--
array(2) {
  [0]=>
  string(1) "c"
  [1]=>
  string(1) "d"
}
array(4) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "b"
  [2]=>
  string(1) "X"
  [3]=>
  string(1) "e"
}
array(1) {
  [0]=>
  string(1) "a"
}
array(1) {
  [0]=>
  string(1) "b"
}
array(0) {
}
array(3) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "b"
  [2]=>
  string(3) "end"
}
