--TEST--
variadic parameters collect the remaining arguments into an array
--FILE--
<?php
function v($first, ...$rest) { return [$first, $rest]; }
var_export(v(1)); echo "\n";
var_export(v(1, 2, 3)); echo "\n";
function sum(int ...$nums) { $t = 0; foreach ($nums as $n) $t += $n; return $t; }
var_dump(sum(), sum(1, 2, 3), sum("4", 5));
--EXPECT--
array (
  0 => 1,
  1 => 
  array (
  ),
)
array (
  0 => 1,
  1 => 
  array (
    0 => 2,
    1 => 3,
  ),
)
int(0)
int(6)
int(9)
