--TEST--
preg: replace arrays
--FILE--
<?php
var_dump(preg_replace(['/a/', '/b/'], ['b', 'c'], 'ab'));
var_dump(preg_replace(['/a/', '/b/', '/c/'], ['1'], 'abc'));
var_dump(preg_replace(['/a/', '/b/'], 'x', 'abc'));
var_dump(preg_replace('/a/', 'x', ['k' => 'aa', 5 => 'ba', 'n' => 'zz']));
var_dump(preg_replace(['x' => '/a/', 'y' => '/b/'], ['p' => 'B', 'q' => 'C'], ['ab', 'ba']));
try { preg_replace('/a/', ['x'], 'a'); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
string(2) "cc"
string(1) "1"
string(3) "xxc"
array(3) {
  ["k"]=>
  string(2) "xx"
  [5]=>
  string(2) "bx"
  ["n"]=>
  string(2) "zz"
}
array(2) {
  [0]=>
  string(2) "BC"
  [1]=>
  string(2) "CB"
}
preg_replace(): Argument #1 ($pattern) must be of type array when argument #2 ($replacement) is an array, string given
