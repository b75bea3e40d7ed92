--TEST--
preg: matches reset
--FILE--
<?php
$m = 'old';
var_dump(preg_match('/x/', 'abc', $m), $m);
$m = [1, 2, 3];
var_dump(preg_match_all('/x/', 'abc', $m), $m);
$m = 'old';
var_dump(preg_match('/(/', 'abc', $m), $m);
function f() { preg_match('/(b)/', 'abc', $mm); return $mm; }
var_dump(f());
--EXPECTF--
int(0)
array(0) {
}
int(0)
array(1) {
  [0]=>
  array(0) {
  }
}

Warning: preg_match(): Compilation failed: missing closing parenthesis at offset 1 in %s on line 7
bool(false)
string(3) "old"
array(2) {
  [0]=>
  string(1) "b"
  [1]=>
  string(1) "b"
}
