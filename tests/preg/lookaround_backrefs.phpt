--TEST--
preg: lookaround backrefs
--FILE--
<?php
var_dump(preg_match('/(\w)\1/', 'hello', $m), $m);
var_dump(preg_match('/(?<c>\w)\k<c>/', 'aabb', $m), $m);
var_dump(preg_replace('/(?<=a)b/', 'X', 'ab cb'));
var_dump(preg_replace('/b(?!c)/', 'X', 'bc bd'));
var_dump(preg_match_all('/a\Kb/', 'ab ab', $m, PREG_OFFSET_CAPTURE), $m);
var_dump(preg_replace('/foo\Kbar/', 'X', 'foobar'));
var_dump(preg_match('/^(?:(\()?\d+(?(1)\)))$/', '(12)'));
--EXPECT--
int(1)
array(2) {
  [0]=>
  string(2) "ll"
  [1]=>
  string(1) "l"
}
int(1)
array(3) {
  [0]=>
  string(2) "aa"
  ["c"]=>
  string(1) "a"
  [1]=>
  string(1) "a"
}
string(5) "aX cb"
string(5) "bc Xd"
int(2)
array(1) {
  [0]=>
  array(2) {
    [0]=>
    array(2) {
      [0]=>
      string(1) "b"
      [1]=>
      int(1)
    }
    [1]=>
    array(2) {
      [0]=>
      string(1) "b"
      [1]=>
      int(4)
    }
  }
}
string(4) "fooX"
int(1)
