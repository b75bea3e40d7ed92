--TEST--
preg: grep
--FILE--
<?php
var_dump(preg_grep('/^\d+$/', ['1', 'a', 5 => '22', 'k' => 'b', 3.5, 7]));
var_dump(preg_grep('/^\d+$/', ['1', 'a', 5 => '22', 'k' => 'b'], PREG_GREP_INVERT));
var_dump(preg_grep('/a/', []));
var_dump(preg_grep('/a/u', ['a', "a\xff", 'ba']), preg_last_error());
--EXPECT--
array(3) {
  [0]=>
  string(1) "1"
  [5]=>
  string(2) "22"
  [7]=>
  int(7)
}
array(2) {
  [1]=>
  string(1) "a"
  ["k"]=>
  string(1) "b"
}
array(0) {
}
array(1) {
  [0]=>
  string(1) "a"
}
int(4)
