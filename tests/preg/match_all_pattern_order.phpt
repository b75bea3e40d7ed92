--TEST--
preg: match all pattern order
--FILE--
<?php
var_dump(preg_match_all('/(\d)(?<l>[a-z])?/', '1a 2 3c', $m), $m);
var_dump(preg_match_all('/q(x)/', 'abc', $m), $m);
var_dump(preg_match_all('/\d/', 'a1b2c3'));
--EXPECT--
int(3)
array(4) {
  [0]=>
  array(3) {
    [0]=>
    string(2) "1a"
    [1]=>
    string(1) "2"
    [2]=>
    string(2) "3c"
  }
  [1]=>
  array(3) {
    [0]=>
    string(1) "1"
    [1]=>
    string(1) "2"
    [2]=>
    string(1) "3"
  }
  ["l"]=>
  array(3) {
    [0]=>
    string(1) "a"
    [1]=>
    string(0) ""
    [2]=>
    string(1) "c"
  }
  [2]=>
  array(3) {
    [0]=>
    string(1) "a"
    [1]=>
    string(0) ""
    [2]=>
    string(1) "c"
  }
}
int(0)
array(2) {
  [0]=>
  array(0) {
  }
  [1]=>
  array(0) {
  }
}
int(3)
