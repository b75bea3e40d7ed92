--TEST--
str_split()
--FILE--
<?php
var_dump(str_split("abcdef"));
var_dump(str_split("abcdefg", 3));
var_dump(str_split("abc", 10));
var_dump(str_split(""));
--EXPECT--
array(6) {
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
  [5]=>
  string(1) "f"
}
array(3) {
  [0]=>
  string(3) "abc"
  [1]=>
  string(3) "def"
  [2]=>
  string(1) "g"
}
array(1) {
  [0]=>
  string(3) "abc"
}
array(0) {
}
