--TEST--
preg: subject types
--FILE--
<?php
var_dump(preg_match('/\d/', 123));
var_dump(preg_replace('/1/', 'x', 121));
var_dump(preg_split('/\./', 1.5));
var_dump(preg_replace('/a/', 'b', ['a', 1, null, true]));
var_dump(preg_match('/^$/', ''));
--EXPECT--
int(1)
string(3) "x2x"
array(2) {
  [0]=>
  string(1) "1"
  [1]=>
  string(1) "5"
}
array(4) {
  [0]=>
  string(1) "b"
  [1]=>
  string(1) "1"
  [2]=>
  string(0) ""
  [3]=>
  string(1) "1"
}
int(1)
