--TEST--
next free key rules: after max int key, negative keys, string keys
--FILE--
<?php
$a = [5 => 'a'];
$a[] = 'b';
$a['x'] = 'c';
$a[] = 'd';
var_dump($a);
$n = [-5 => 'neg'];
$n[] = 'next';
var_dump($n);
$m = ['7' => 'seven', 3 => 'three'];
$m[] = 'eight';
var_dump(count($m), $m[8]);
$u = [1, 2, 3];
unset($u[2]);
$u[] = 'after unset';
var_dump($u);
--EXPECT--
array(4) {
  [5]=>
  string(1) "a"
  [6]=>
  string(1) "b"
  ["x"]=>
  string(1) "c"
  [7]=>
  string(1) "d"
}
array(2) {
  [-5]=>
  string(3) "neg"
  [-4]=>
  string(4) "next"
}
int(3)
string(5) "eight"
array(3) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [3]=>
  string(11) "after unset"
}
