--TEST--
preg: match offset
--FILE--
<?php
var_dump(preg_match('/a/', 'abca', $m, PREG_OFFSET_CAPTURE, 1), $m);
var_dump(preg_match('/a/', 'abca', $m, PREG_OFFSET_CAPTURE, -2), $m);
var_dump(preg_match('/a/', 'abca', $m, 0, -10), $m);
var_dump(preg_match('/^b/', 'abc', $m, 0, 1));
var_dump(preg_match('/\Gb/', 'abc', $m, 0, 1));
var_dump(preg_match('/a/', 'abc', $m, 0, 4), $m, preg_last_error(), preg_last_error_msg());
var_dump(preg_match('/a/', 'abc', $m, 0, 3));
--EXPECT--
int(1)
array(1) {
  [0]=>
  array(2) {
    [0]=>
    string(1) "a"
    [1]=>
    int(3)
  }
}
int(1)
array(1) {
  [0]=>
  array(2) {
    [0]=>
    string(1) "a"
    [1]=>
    int(3)
  }
}
int(1)
array(1) {
  [0]=>
  string(1) "a"
}
int(0)
int(1)
bool(false)
array(0) {
}
int(1)
string(14) "Internal error"
int(0)
