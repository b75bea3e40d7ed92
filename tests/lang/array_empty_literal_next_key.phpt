--TEST--
an array started from the [] literal takes key 0 after a negative key (PHP 8.2), a [-5 => 1] literal continues at -4
--FILE--
<?php
$a = []; $a[-5] = 1; $a[] = 2; var_dump(array_keys_of($a));
$b = [-5 => 1]; $b[] = 2; var_dump(array_keys_of($b));
$c = array(); $c[-3] = 'x'; $c[] = 'y'; var_dump(array_keys_of($c));
function array_keys_of($arr) { $k = []; foreach ($arr as $key => $v) $k[] = $key; return $k; }
--EXPECT--
array(2) {
  [0]=>
  int(-5)
  [1]=>
  int(0)
}
array(2) {
  [0]=>
  int(-5)
  [1]=>
  int(-4)
}
array(2) {
  [0]=>
  int(-3)
  [1]=>
  int(0)
}
