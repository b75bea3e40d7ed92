--TEST--
preg: split flags
--FILE--
<?php
var_dump(preg_split('/(-)|(\+)/', 'a-b+c', -1, PREG_SPLIT_DELIM_CAPTURE));
var_dump(preg_split('/(,)/', ',a,,b,', -1, PREG_SPLIT_DELIM_CAPTURE | PREG_SPLIT_NO_EMPTY));
var_dump(preg_split('/ /', 'ab cd  e', -1, PREG_SPLIT_OFFSET_CAPTURE));
var_dump(preg_split('/( )/', 'ab cd', -1, PREG_SPLIT_OFFSET_CAPTURE | PREG_SPLIT_DELIM_CAPTURE));
var_dump(preg_split('//', 'ab', -1, PREG_SPLIT_NO_EMPTY | PREG_SPLIT_OFFSET_CAPTURE));
var_dump(preg_split('/(x)?,/', 'a,b', -1, PREG_SPLIT_DELIM_CAPTURE));
--EXPECT--
array(6) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "-"
  [2]=>
  string(1) "b"
  [3]=>
  string(0) ""
  [4]=>
  string(1) "+"
  [5]=>
  string(1) "c"
}
array(6) {
  [0]=>
  string(1) ","
  [1]=>
  string(1) "a"
  [2]=>
  string(1) ","
  [3]=>
  string(1) ","
  [4]=>
  string(1) "b"
  [5]=>
  string(1) ","
}
array(4) {
  [0]=>
  array(2) {
    [0]=>
    string(2) "ab"
    [1]=>
    int(0)
  }
  [1]=>
  array(2) {
    [0]=>
    string(2) "cd"
    [1]=>
    int(3)
  }
  [2]=>
  array(2) {
    [0]=>
    string(0) ""
    [1]=>
    int(6)
  }
  [3]=>
  array(2) {
    [0]=>
    string(1) "e"
    [1]=>
    int(7)
  }
}
array(3) {
  [0]=>
  array(2) {
    [0]=>
    string(2) "ab"
    [1]=>
    int(0)
  }
  [1]=>
  array(2) {
    [0]=>
    string(1) " "
    [1]=>
    int(2)
  }
  [2]=>
  array(2) {
    [0]=>
    string(2) "cd"
    [1]=>
    int(3)
  }
}
array(2) {
  [0]=>
  array(2) {
    [0]=>
    string(1) "a"
    [1]=>
    int(0)
  }
  [1]=>
  array(2) {
    [0]=>
    string(1) "b"
    [1]=>
    int(1)
  }
}
array(2) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "b"
}
