--TEST--
preg: match basic
--FILE--
<?php
var_dump(preg_match('/b(c)/', 'abcd', $m), $m);
var_dump(preg_match('/z/', 'abcd', $m), $m);
var_dump(preg_match('/B/i', 'abc'));
--EXPECT--
int(1)
array(2) {
  [0]=>
  string(2) "bc"
  [1]=>
  string(1) "c"
}
int(0)
array(0) {
}
int(1)
