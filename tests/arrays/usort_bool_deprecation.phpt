--TEST--
usort(): a bool result is deprecated once and retried swapped
--FILE--
<?php
$calls = 0;
$a = [3, 1, 2];
usort($a, function ($p, $q) use (&$calls) { $calls++; return $p > $q; });
var_dump($a, $calls);
--EXPECTF--

Deprecated: usort(): Returning bool from comparison function is deprecated, return an integer less than, equal to, or greater than zero in %s on line 4
array(3) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(3)
}
int(3)
