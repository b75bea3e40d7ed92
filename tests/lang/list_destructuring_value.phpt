--TEST--
destructuring assignment returns the right-hand array; by-reference destructuring
--FILE--
<?php
$r = [$a, $b] = [1, 2, 3];
var_dump($r);
$arr = [1, [2, 3]];
[&$p, [, &$q]] = $arr;
$p = 'P'; $q = 'Q';
var_dump($arr);
--EXPECT--
array(3) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(3)
}
array(2) {
  [0]=>
  &string(1) "P"
  [1]=>
  array(2) {
    [0]=>
    int(2)
    [1]=>
    &string(1) "Q"
  }
}
