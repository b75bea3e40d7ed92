--TEST--
range(): single characters, with steps, and mixed inputs
--FILE--
<?php
var_dump(range("a", "e"), range("e", "a", 2), range("A", "z", 20), range("x", "x"), range("aa", "cc"));
var_dump(range("a", 2), range("", "c"), range("a", "e", 2.0));
--EXPECT--
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
array(3) {
  [0]=>
  string(1) "e"
  [1]=>
  string(1) "c"
  [2]=>
  string(1) "a"
}
array(3) {
  [0]=>
  string(1) "A"
  [1]=>
  string(1) "U"
  [2]=>
  string(1) "i"
}
array(1) {
  [0]=>
  string(1) "x"
}
array(3) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "b"
  [2]=>
  string(1) "c"
}
array(3) {
  [0]=>
  int(0)
  [1]=>
  int(1)
  [2]=>
  int(2)
}
array(1) {
  [0]=>
  int(0)
}
array(1) {
  [0]=>
  float(0)
}
