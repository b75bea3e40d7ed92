--TEST--
unset on variables, array elements, nested, missing keys and multiple args
--FILE--
<?php
$a = 1; $b = 2; $arr = ['x' => 1, 'y' => ['z' => 2, 'w' => 3], 5 => 'five'];
unset($a, $b);
var_dump(isset($a), isset($b));
unset($arr['x'], $arr['y']['z'], $arr['missing'], $arr['missing']['deeper'], $nothing);
var_dump($arr);
unset($arr[5]);
$arr[] = 'keeps counting';
var_dump($arr);
--EXPECT--
bool(false)
bool(false)
array(2) {
  ["y"]=>
  array(1) {
    ["w"]=>
    int(3)
  }
  [5]=>
  string(4) "five"
}
array(2) {
  ["y"]=>
  array(1) {
    ["w"]=>
    int(3)
  }
  [6]=>
  string(14) "keeps counting"
}
