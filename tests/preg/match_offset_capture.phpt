--TEST--
preg: match offset capture
--FILE--
<?php
preg_match('/(a)(x)?(b)/', '--ab', $m, PREG_OFFSET_CAPTURE);
var_dump($m);
--EXPECT--
array(4) {
  [0]=>
  array(2) {
    [0]=>
    string(2) "ab"
    [1]=>
    int(2)
  }
  [1]=>
  array(2) {
    [0]=>
    string(1) "a"
    [1]=>
    int(2)
  }
  [2]=>
  array(2) {
    [0]=>
    string(0) ""
    [1]=>
    int(-1)
  }
  [3]=>
  array(2) {
    [0]=>
    string(1) "b"
    [1]=>
    int(3)
  }
}
