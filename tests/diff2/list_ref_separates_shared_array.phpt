--TEST--
list() with & separates a copied (shared) array instead of writing into the original
--FILE--
<?php
$b = [1];
$c = $b;
[&$y] = $c;
$y = 5;
var_dump($b, $c);
$d = [[1]];
$e = $d;
foreach ($e as [&$z]) { $z = 9; }
var_dump($d);
--EXPECT--
array(1) {
  [0]=>
  int(1)
}
array(1) {
  [0]=>
  &int(5)
}
array(1) {
  [0]=>
  array(1) {
    [0]=>
    int(1)
  }
}
