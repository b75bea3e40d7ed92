--TEST--
extra arguments to a user function are allowed and visible to func_get_args
--FILE--
<?php
function f($a) { return [func_num_args(), func_get_args()]; }
var_export(f(1, 2, 3)); echo "\n";
--EXPECT--
array (
  0 => 3,
  1 => 
  array (
    0 => 1,
    1 => 2,
    2 => 3,
  ),
)
