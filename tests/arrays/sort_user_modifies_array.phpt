--TEST--
usort(): the comparator sees the array as it was before sorting
--FILE--
<?php
$a = [3, 1, 2];
usort($a, function ($x, $y) use (&$a) { echo count($a), $a[0], " "; return $x <=> $y; });
echo "\n";
var_dump($a);
--EXPECT--
33 33 33 
array(3) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(3)
}
