--TEST--
default parameter values including constant expressions and arrays
--FILE--
<?php
const BASE = 10;
function f($a, $b = 2, $c = BASE * 2, $d = [1, 2], $e = null, $f = 'x' . 'y', $g = PHP_INT_MAX) {
    return [$a, $b, $c, $d, $e, $f, $g];
}
var_export(f(1)); echo "\n";
var_export(f(1, 3, 4)); echo "\n";
--EXPECT--
array (
  0 => 1,
  1 => 2,
  2 => 20,
  3 => 
  array (
    0 => 1,
    1 => 2,
  ),
  4 => NULL,
  5 => 'xy',
  6 => 9223372036854775807,
)
array (
  0 => 1,
  1 => 3,
  2 => 4,
  3 => 
  array (
    0 => 1,
    1 => 2,
  ),
  4 => NULL,
  5 => 'xy',
  6 => 9223372036854775807,
)
