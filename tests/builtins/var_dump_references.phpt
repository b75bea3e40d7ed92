--TEST--
var_dump marks referenced array elements with &
--FILE--
<?php
$x = 1;
$a = [&$x, 2];
var_dump($a);
$b = [1, 2];
$r = &$b[1];
var_dump($b);
unset($r);
var_dump($b);
--EXPECT--
array(2) {
  [0]=>
  &int(1)
  [1]=>
  int(2)
}
array(2) {
  [0]=>
  int(1)
  [1]=>
  &int(2)
}
array(2) {
  [0]=>
  int(1)
  [1]=>
  int(2)
}
