--TEST--
array_push/array_unshift with a spread argument after the by-reference array
--FILE--
<?php
class Q { public array $b = []; }
$q = new Q; $vals = [1, 2];
array_push($q->b, ...$vals);
var_dump($q);
$arr = [0]; array_push($arr, ...$vals, ...[3]); var_dump($arr);
$x = [5, 3]; $n = array_unshift($x, ...['a', 'b']); var_dump($n, $x);
$m = ['k' => ['z']]; array_push($m['k'], ...['y']); var_dump($m);
function f(array $items) { $out = []; array_push($out, ...$items); return $out; }
var_dump(f([7, 8]));
--EXPECT--
object(Q)#1 (1) {
  ["b"]=>
  array(2) {
    [0]=>
    int(1)
    [1]=>
    int(2)
  }
}
array(4) {
  [0]=>
  int(0)
  [1]=>
  int(1)
  [2]=>
  int(2)
  [3]=>
  int(3)
}
int(4)
array(4) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "b"
  [2]=>
  int(5)
  [3]=>
  int(3)
}
array(1) {
  ["k"]=>
  array(2) {
    [0]=>
    string(1) "z"
    [1]=>
    string(1) "y"
  }
}
array(2) {
  [0]=>
  int(7)
  [1]=>
  int(8)
}
