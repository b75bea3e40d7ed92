--TEST--
by-reference parameters modify the caller's variables, arrays and elements
--FILE--
<?php
function inc(&$n) { $n++; }
function push(&$arr, $v) { $arr[] = $v; }
$x = 1; inc($x); inc($x);
var_dump($x);
$a = []; push($a, 'one'); push($a, 'two');
var_dump($a);
$b = ['k' => 5]; inc($b['k']);
var_dump($b);
inc($new);
var_dump($new);
inc($c['auto']['vivify']);
var_dump($c);
--EXPECT--
int(3)
array(2) {
  [0]=>
  string(3) "one"
  [1]=>
  string(3) "two"
}
array(1) {
  ["k"]=>
  int(6)
}
int(1)
array(1) {
  ["auto"]=>
  array(1) {
    ["vivify"]=>
    int(1)
  }
}
