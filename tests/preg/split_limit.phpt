--TEST--
preg: split limit
--FILE--
<?php
var_dump(preg_split('/,/', 'a,b,c,d', 2));
var_dump(preg_split('/,/', 'a,b,c,d', 1));
var_dump(preg_split('/,/', 'a,b,c,d', 0));
var_dump(preg_split('/,/', 'a,b,c,d', -1));
var_dump(preg_split('/,/', 'a,b,c,d', -3));
var_dump(preg_split('//', 'abc', 2));
var_dump(preg_split('/,/', ',,a', 2, PREG_SPLIT_NO_EMPTY));
--EXPECT--
array(2) {
  [0]=>
  string(1) "a"
  [1]=>
  string(5) "b,c,d"
}
array(1) {
  [0]=>
  string(7) "a,b,c,d"
}
array(4) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "b"
  [2]=>
  string(1) "c"
  [3]=>
  string(1) "d"
}
array(4) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "b"
  [2]=>
  string(1) "c"
  [3]=>
  string(1) "d"
}
array(1) {
  [0]=>
  string(7) "a,b,c,d"
}
array(2) {
  [0]=>
  string(0) ""
  [1]=>
  string(3) "abc"
}
array(1) {
  [0]=>
  string(1) "a"
}
