--TEST--
array_splice(): removes elements in place and returns them
--FILE--
<?php
$a = ["a", "b", "c", "d", "e"];
var_dump(array_splice($a, 1, 2), $a);
$b = [5 => "x", "k" => "y", 9 => "z", "m" => "w"];
var_dump(array_splice($b, 1, 2), $b);
$c = [1, 2, 3, 4];
var_dump(array_splice($c, -1), $c, array_splice($c, 1, -1), $c);
$c[] = "appended";
var_dump($c);
--EXPECT--
array(2) {
  [0]=>
  string(1) "b"
  [1]=>
  string(1) "c"
}
array(3) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "d"
  [2]=>
  string(1) "e"
}
array(2) {
  ["k"]=>
  string(1) "y"
  [0]=>
  string(1) "z"
}
array(2) {
  [0]=>
  string(1) "x"
  ["m"]=>
  string(1) "w"
}
array(1) {
  [0]=>
  int(4)
}
array(3) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(3)
}
array(1) {
  [0]=>
  int(2)
}
array(2) {
  [0]=>
  int(1)
  [1]=>
  int(3)
}
array(3) {
  [0]=>
  int(1)
  [1]=>
  int(3)
  [2]=>
  string(8) "appended"
}
