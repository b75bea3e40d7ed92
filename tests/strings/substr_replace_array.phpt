--TEST--
substr_replace() on arrays of strings with array offsets and lengths
--FILE--
<?php
var_dump(substr_replace(["abc", "def", "ghi"], "X", 1, 1));
var_dump(substr_replace(["abc", "def", "ghi"], ["1", "2"], [0, 1, 2], [1, 0]));
var_dump(substr_replace(["a" => "hello", "b" => "world"], "_", -1));
var_dump(substr_replace(["abc", 123], "Z", [1], null));
--EXPECT--
array(3) {
  [0]=>
  string(3) "aXc"
  [1]=>
  string(3) "dXf"
  [2]=>
  string(3) "gXi"
}
array(3) {
  [0]=>
  string(3) "1bc"
  [1]=>
  string(4) "d2ef"
  [2]=>
  string(2) "gh"
}
array(2) {
  ["a"]=>
  string(5) "hell_"
  ["b"]=>
  string(5) "worl_"
}
array(2) {
  [0]=>
  string(2) "aZ"
  [1]=>
  string(1) "Z"
}
