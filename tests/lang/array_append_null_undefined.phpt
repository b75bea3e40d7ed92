--TEST--
$a[] = on null and on an undefined variable creates an array
--FILE--
<?php
$n = null;
$n[] = 1;
$u[] = 'x';
$u['k']['j'][] = 'deep';
var_dump($n, $u);
--EXPECT--
array(1) {
  [0]=>
  int(1)
}
array(2) {
  [0]=>
  string(1) "x"
  ["k"]=>
  array(1) {
    ["j"]=>
    array(1) {
      [0]=>
      string(4) "deep"
    }
  }
}
