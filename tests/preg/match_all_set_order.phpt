--TEST--
preg: match all set order
--FILE--
<?php
var_dump(preg_match_all('/(\d)(?<l>[a-z])?/', '1a 2 3c', $m, PREG_SET_ORDER), $m);
var_dump(preg_match_all('/q/', 'abc', $m, PREG_SET_ORDER), $m);
--EXPECT--
int(3)
array(3) {
  [0]=>
  array(4) {
    [0]=>
    string(2) "1a"
    [1]=>
    string(1) "1"
    ["l"]=>
    string(1) "a"
    [2]=>
    string(1) "a"
  }
  [1]=>
  array(2) {
    [0]=>
    string(1) "2"
    [1]=>
    string(1) "2"
  }
  [2]=>
  array(4) {
    [0]=>
    string(2) "3c"
    [1]=>
    string(1) "3"
    ["l"]=>
    string(1) "c"
    [2]=>
    string(1) "c"
  }
}
int(0)
array(0) {
}
