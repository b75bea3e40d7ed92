--TEST--
preg: match all no matches arg
--FILE--
<?php
var_dump(preg_match_all('/a/', 'banana'));
var_dump(preg_match_all('/a/', 'banana', $m, PREG_PATTERN_ORDER, 3), $m);
var_dump(preg_match_all('/a/', 'banana', $m, PREG_SET_ORDER, -2), $m);
var_dump(preg_match_all('/a/', 'banana', $m, 0, 7), $m);
--EXPECT--
int(3)
int(2)
array(1) {
  [0]=>
  array(2) {
    [0]=>
    string(1) "a"
    [1]=>
    string(1) "a"
  }
}
int(1)
array(1) {
  [0]=>
  array(1) {
    [0]=>
    string(1) "a"
  }
}
bool(false)
array(0) {
}
