--TEST--
preg: replace limit count
--FILE--
<?php
var_dump(preg_replace('/a/', 'b', 'aaaa', 2, $c), $c);
var_dump(preg_replace('/a/', 'b', 'aaaa', 0, $c), $c);
var_dump(preg_replace('/a/', 'b', 'aaaa', -1, $c), $c);
var_dump(preg_replace('/a/', 'b', 'aaaa', -5, $c), $c);
var_dump(preg_replace('/x/', 'b', 'aaaa', -1, $c), $c);
var_dump(preg_replace(['/a/', '/b/'], 'c', ['ab', 'bb', 'q'], 1, $c), $c);
--EXPECT--
string(4) "bbaa"
int(2)
string(4) "aaaa"
int(0)
string(4) "bbbb"
int(4)
string(4) "bbbb"
int(4)
string(4) "aaaa"
int(0)
array(3) {
  [0]=>
  string(2) "cc"
  [1]=>
  string(2) "cb"
  [2]=>
  string(1) "q"
}
int(3)
