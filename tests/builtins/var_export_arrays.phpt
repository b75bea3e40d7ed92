--TEST--
var_export of nested arrays and the return mode
--FILE--
<?php
var_export([1, 'a' => [true, null], 'b' => []]);
echo "\n";
$s = var_export(['k' => 'v'], true);
var_dump($s);
var_dump(var_export(1.0, true), var_export("", true));
--EXPECT--
array (
  0 => 1,
  'a' => 
  array (
    0 => true,
    1 => NULL,
  ),
  'b' => 
  array (
  ),
)
string(23) "array (
  'k' => 'v',
)"
string(3) "1.0"
string(2) "''"
