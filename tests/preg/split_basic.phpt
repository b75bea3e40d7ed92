--TEST--
preg: split basic
--FILE--
<?php
var_dump(preg_split('/[\s,]+/', "hypertext language, programming"));
var_dump(preg_split('/,/', ',a,,b,'));
var_dump(preg_split('/,/', ''));
var_dump(preg_split('/x/', 'abc'));
var_dump(preg_split('//', 'abc'));
var_dump(preg_split('/\d*/', 'a1b'));
--EXPECT--
array(3) {
  [0]=>
  string(9) "hypertext"
  [1]=>
  string(8) "language"
  [2]=>
  string(11) "programming"
}
array(5) {
  [0]=>
  string(0) ""
  [1]=>
  string(1) "a"
  [2]=>
  string(0) ""
  [3]=>
  string(1) "b"
  [4]=>
  string(0) ""
}
array(1) {
  [0]=>
  string(0) ""
}
array(1) {
  [0]=>
  string(3) "abc"
}
array(5) {
  [0]=>
  string(0) ""
  [1]=>
  string(1) "a"
  [2]=>
  string(1) "b"
  [3]=>
  string(1) "c"
  [4]=>
  string(0) ""
}
array(5) {
  [0]=>
  string(0) ""
  [1]=>
  string(1) "a"
  [2]=>
  string(0) ""
  [3]=>
  string(1) "b"
  [4]=>
  string(0) ""
}
