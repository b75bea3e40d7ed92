--TEST--
array_flip(): only int and string values can be flipped
--FILE--
<?php
var_dump(array_flip(["a", "b", "a", 7 => 10, "x" => "05", "y" => "5"]));
var_dump(array_flip([1.5, true, null, [1], "ok"]));
--EXPECTF--
array(5) {
  ["a"]=>
  int(2)
  ["b"]=>
  int(1)
  [10]=>
  int(7)
  ["05"]=>
  string(1) "x"
  [5]=>
  string(1) "y"
}

Warning: array_flip(): Can only flip string and integer values, entry skipped in %s on line 3

Warning: array_flip(): Can only flip string and integer values, entry skipped in %s on line 3

Warning: array_flip(): Can only flip string and integer values, entry skipped in %s on line 3

Warning: array_flip(): Can only flip string and integer values, entry skipped in %s on line 3
array(1) {
  ["ok"]=>
  int(4)
}
