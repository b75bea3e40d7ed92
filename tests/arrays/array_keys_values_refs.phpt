--TEST--
array functions keep shared references in their results
--FILE--
<?php
$x = 1;
$a = [&$x, 2];
$b = array_slice($a, 0);
$c = array_merge($a, []);
$d = array_reverse($a);
$x = 7;
var_dump($b, $c, $d);
--EXPECT--
array(2) {
  [0]=>
  &int(7)
  [1]=>
  int(2)
}
array(2) {
  [0]=>
  &int(7)
  [1]=>
  int(2)
}
array(2) {
  [0]=>
  int(2)
  [1]=>
  &int(7)
}
