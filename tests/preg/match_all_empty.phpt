--TEST--
preg: match all empty
--FILE--
<?php
var_dump(preg_match_all('/x*/', 'axxb', $m, PREG_OFFSET_CAPTURE), $m);
var_dump(preg_match_all('//', 'abc', $m), $m);
var_dump(preg_match_all('/\b/', 'hi there', $m, PREG_OFFSET_CAPTURE), $m);
--EXPECT--
int(4)
array(1) {
  [0]=>
  array(4) {
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
      string(2) "xx"
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
      int(4)
    }
  }
}
int(4)
array(1) {
  [0]=>
  array(4) {
    [0]=>
    string(0) ""
    [1]=>
    string(0) ""
    [2]=>
    string(0) ""
    [3]=>
    string(0) ""
  }
}
int(4)
array(1) {
  [0]=>
  array(4) {
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
      int(2)
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
      int(8)
    }
  }
}
