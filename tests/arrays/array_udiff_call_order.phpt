--TEST--
array_udiff(): the comparator is called in PHP's order (lists are sorted first)
--FILE--
<?php
$cmp = function ($x, $y) { echo "($x,$y)"; return $x <=> $y; };
$r = array_udiff([3, 1, 2, 5], [2, 4], $cmp);
echo "\n";
var_dump($r);
$r = array_uintersect([3, 1, 2], [2, 3, 9], $cmp);
echo "\n";
var_dump($r);
--EXPECT--
(3,1)(2,1)(3,2)(3,5)(2,4)(1,2)(1,2)(2,2)(2,3)(3,4)(3,5)(5,4)
array(3) {
  [0]=>
  int(3)
  [1]=>
  int(1)
  [3]=>
  int(5)
}
(3,1)(2,1)(3,2)(2,3)(3,9)(1,2)(2,2)(2,2)(2,3)(3,3)
array(2) {
  [0]=>
  int(3)
  [2]=>
  int(2)
}
