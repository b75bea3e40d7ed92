--TEST--
writing or incrementing missing keys: write is silent, ++ warns
--FILE--
<?php
$a = [];
$a['x'] = 1;
$a['y']++;
$a['z'] .= 's';
$a['w'] += 5;
var_dump($a);
--EXPECTF--

Warning: Undefined array key "y" in %s on line 4

Warning: Undefined array key "z" in %s on line 5

Warning: Undefined array key "w" in %s on line 6
array(4) {
  ["x"]=>
  int(1)
  ["y"]=>
  int(1)
  ["z"]=>
  string(1) "s"
  ["w"]=>
  int(5)
}
