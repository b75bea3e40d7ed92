--TEST--
the classic dangling reference after foreach by reference
--FILE--
<?php
$arr = [1, 2, 3];
foreach ($arr as &$v) {}
foreach ($arr as $v) {}
var_dump($arr);
--EXPECT--
array(3) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  &int(2)
}
