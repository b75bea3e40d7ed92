--TEST--
sort(): references in the array stay references
--FILE--
<?php
$x = 5;
$a = [3, &$x, 1];
sort($a);
$x = 100;
var_dump($a);
$b = [2, 1];
$c = $b;
sort($b);
var_dump($b, $c);
--EXPECT--
array(3) {
  [0]=>
  int(1)
  [1]=>
  int(3)
  [2]=>
  &int(100)
}
array(2) {
  [0]=>
  int(1)
  [1]=>
  int(2)
}
array(2) {
  [0]=>
  int(2)
  [1]=>
  int(1)
}
