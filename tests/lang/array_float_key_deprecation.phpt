--TEST--
float keys are truncated with an 8.1 deprecation for fractional values
--FILE--
<?php
$a = [1.7 => 'a', 2.0 => 'b'];
$a[3.9] = 'c';
$a[-1.5] = 'd';
var_dump($a);
echo $a[1.2], "\n";
--EXPECTF--

Deprecated: Implicit conversion from float 1.7 to int loses precision in %s on line 2

Deprecated: Implicit conversion from float 3.9 to int loses precision in %s on line 3

Deprecated: Implicit conversion from float -1.5 to int loses precision in %s on line 4
array(4) {
  [1]=>
  string(1) "a"
  [2]=>
  string(1) "b"
  [3]=>
  string(1) "c"
  [-1]=>
  string(1) "d"
}

Deprecated: Implicit conversion from float 1.2 to int loses precision in %s on line 6
a
