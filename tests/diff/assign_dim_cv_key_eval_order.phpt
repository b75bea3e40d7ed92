--TEST--
$a[$k] = $k = v: a plain variable key is read after the right-hand side
--FILE--
<?php
$b = [1, 2, 3];
$j = 0;
$b[$j] = $j = 2;
var_dump($b);
--EXPECT--
array(3) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(2)
}
