--TEST--
array_fill_keys(): keys from values (floats and bools as strings)
--FILE--
<?php
var_dump(array_fill_keys(["a", 5, "5", 1.5, true, null], 0));
var_dump(array_fill_keys([], "x"));
--EXPECT--
array(5) {
  ["a"]=>
  int(0)
  [5]=>
  int(0)
  ["1.5"]=>
  int(0)
  [1]=>
  int(0)
  [""]=>
  int(0)
}
array(0) {
}
