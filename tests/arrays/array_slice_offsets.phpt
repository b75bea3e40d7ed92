--TEST--
array_slice(): negative and oversized offsets and lengths
--FILE--
<?php
$a = ["a", "b", "c", "d", "e"];
var_dump(array_slice($a, 1, 2), array_slice($a, -2), array_slice($a, 1, -2), array_slice($a, -10, 2));
var_dump(array_slice($a, 10), array_slice($a, 2, 0), array_slice($a, 0, null), array_slice($a, 4, -1));
--EXPECT--
array(2) {
  [0]=>
  string(1) "b"
  [1]=>
  string(1) "c"
}
array(2) {
  [0]=>
  string(1) "d"
  [1]=>
  string(1) "e"
}
array(2) {
  [0]=>
  string(1) "b"
  [1]=>
  string(1) "c"
}
array(2) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "b"
}
array(0) {
}
array(0) {
}
array(5) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "b"
  [2]=>
  string(1) "c"
  [3]=>
  string(1) "d"
  [4]=>
  string(1) "e"
}
array(0) {
}
