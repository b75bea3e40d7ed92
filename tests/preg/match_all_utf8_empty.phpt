--TEST--
preg: match all utf8 empty
--FILE--
<?php
var_dump(preg_match_all('//u', 'aé€😀', $m, PREG_OFFSET_CAPTURE), $m);
var_dump(preg_match_all('//', 'é', $m, PREG_OFFSET_CAPTURE), $m);
var_dump(preg_split('//u', 'aé€', -1, PREG_SPLIT_NO_EMPTY));
--EXPECT--
int(5)
array(1) {
  [0]=>
  array(5) {
    [0]=>
    array(2) {
      [0]=>
      string(0) ""
      [1]=>
      int(0)
    }
    [1]=>
    array(2) {
      [0]=>
      string(0) ""
      [1]=>
      int(1)
    }
    [2]=>
    array(2) {
      [0]=>
      string(0) ""
      [1]=>
      int(3)
    }
    [3]=>
    array(2) {
      [0]=>
      string(0) ""
      [1]=>
      int(6)
    }
    [4]=>
    array(2) {
      [0]=>
      string(0) ""
      [1]=>
      int(10)
    }
  }
}
int(3)
array(1) {
  [0]=>
  array(3) {
    [0]=>
    array(2) {
      [0]=>
      string(0) ""
      [1]=>
      int(0)
    }
    [1]=>
    array(2) {
      [0]=>
      string(0) ""
      [1]=>
      int(1)
    }
    [2]=>
    array(2) {
      [0]=>
      string(0) ""
      [1]=>
      int(2)
    }
  }
}
array(3) {
  [0]=>
  string(1) "a"
  [1]=>
  string(2) "é"
  [2]=>
  string(3) "€"
}
