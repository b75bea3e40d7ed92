--TEST--
array_keys(): all keys, keys of a value (loose and strict)
--FILE--
<?php
$a = [1, "1", "a" => 1, "b" => true, 10 => 1.0, "c" => "01"];
var_dump(array_keys($a));
var_dump(array_keys($a, 1));
var_dump(array_keys($a, 1, true));
var_dump(array_keys($a, "1"));
var_dump(array_keys([]), array_keys(["5" => 1, "05" => 2, "-3" => 3]));
--EXPECT--
array(6) {
  [0]=>
  int(0)
  [1]=>
  int(1)
  [2]=>
  string(1) "a"
  [3]=>
  string(1) "b"
  [4]=>
  int(10)
  [5]=>
  string(1) "c"
}
array(6) {
  [0]=>
  int(0)
  [1]=>
  int(1)
  [2]=>
  string(1) "a"
  [3]=>
  string(1) "b"
  [4]=>
  int(10)
  [5]=>
  string(1) "c"
}
array(2) {
  [0]=>
  int(0)
  [1]=>
  string(1) "a"
}
array(6) {
  [0]=>
  int(0)
  [1]=>
  int(1)
  [2]=>
  string(1) "a"
  [3]=>
  string(1) "b"
  [4]=>
  int(10)
  [5]=>
  string(1) "c"
}
array(0) {
}
array(3) {
  [0]=>
  int(5)
  [1]=>
  string(2) "05"
  [2]=>
  int(-3)
}
