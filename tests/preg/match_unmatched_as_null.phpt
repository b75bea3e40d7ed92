--TEST--
preg: match unmatched as null
--FILE--
<?php
preg_match('/(a)(x)?(b)(y)?/', 'ab', $m, PREG_UNMATCHED_AS_NULL);
var_dump($m);
preg_match('/(a)(x)?(b)(y)?/', 'ab', $m, PREG_UNMATCHED_AS_NULL | PREG_OFFSET_CAPTURE);
var_dump($m);
preg_match('/(a)(x)?(b)(y)?/', 'ab', $m);
var_dump($m);
--EXPECT--
array(5) {
  [0]=>
  string(2) "ab"
  [1]=>
  string(1) "a"
  [2]=>
  NULL
  [3]=>
  string(1) "b"
  [4]=>
  NULL
}
array(5) {
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
    string(1) "a"
    [1]=>
    int(0)
  }
  [2]=>
  array(2) {
    [0]=>
    NULL
    [1]=>
    int(-1)
  }
  [3]=>
  array(2) {
    [0]=>
    string(1) "b"
    [1]=>
    int(1)
  }
  [4]=>
  array(2) {
    [0]=>
    NULL
    [1]=>
    int(-1)
  }
}
array(4) {
  [0]=>
  string(2) "ab"
  [1]=>
  string(1) "a"
  [2]=>
  string(0) ""
  [3]=>
  string(1) "b"
}
