--TEST--
Out-of-range float array keys emit 'Implicit conversion ... loses precision'
--FILE--
<?php
$a = [];
$a[1e19] = 1;
$a[NAN] = 2;
$a[-1e30] = 3;
var_dump($a);
--EXPECTF--

Deprecated: Implicit conversion from float 1.0E+19 to int loses precision in %s on line 3

Deprecated: Implicit conversion from float NAN to int loses precision in %s on line 4

Deprecated: Implicit conversion from float -1.0E+30 to int loses precision in %s on line 5
array(3) {
  [-8446744073709551616]=>
  int(1)
  [0]=>
  int(2)
  [-5076964154930102272]=>
  int(3)
}
