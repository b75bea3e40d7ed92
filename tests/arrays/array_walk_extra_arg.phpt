--TEST--
array_walk(): the third argument is passed to every call
--FILE--
<?php
$a = [1, 2, 3];
array_walk($a, function (&$v, $k, $mul) { $v *= $mul; }, 10);
var_dump($a);
$log = [];
array_walk($a, function ($v, $k, $p) use (&$log) { $log[] = $p . $k; }, "key");
var_dump($log);
--EXPECT--
array(3) {
  [0]=>
  int(10)
  [1]=>
  int(20)
  [2]=>
  int(30)
}
array(3) {
  [0]=>
  string(4) "key0"
  [1]=>
  string(4) "key1"
  [2]=>
  string(4) "key2"
}
