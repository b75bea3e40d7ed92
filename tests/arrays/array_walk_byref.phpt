--TEST--
array_walk(): the callback can change elements through a reference
--FILE--
<?php
$a = ["a" => 1, "b" => 2, 3];
var_dump(array_walk($a, function (&$v, $k) { $v = "$k:$v"; }));
var_dump($a);
$b = [1, 2];
array_walk($b, function ($v, $k) { $v = 100; echo "$k=>$v\n"; });
var_dump($b);
--EXPECT--
bool(true)
array(3) {
  ["a"]=>
  string(3) "a:1"
  ["b"]=>
  string(3) "b:2"
  [0]=>
  string(3) "0:3"
}
0=>100
1=>100
array(2) {
  [0]=>
  int(1)
  [1]=>
  int(2)
}
