--TEST--
duplicate keys in a literal keep the last value in the first position
--FILE--
<?php
var_dump(['a' => 1, 'b' => 2, 'a' => 3, 1 => 'x', '1' => 'y', true => 'z']);
--EXPECT--
array(3) {
  ["a"]=>
  int(3)
  ["b"]=>
  int(2)
  [1]=>
  string(1) "z"
}
