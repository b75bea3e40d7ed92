--TEST--
var_export with negative and string-numeric keys, and nested empty arrays
--FILE--
<?php
var_export([-1 => 'a', '01' => 'b', 5 => [], 'x' => ['y' => []]]);
echo "\n";
--EXPECT--
array (
  -1 => 'a',
  '01' => 'b',
  5 => 
  array (
  ),
  'x' => 
  array (
    'y' => 
    array (
    ),
  ),
)
