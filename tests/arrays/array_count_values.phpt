--TEST--
array_count_values(): counts ints and strings, warns for the rest
--FILE--
<?php
var_dump(array_count_values([1, "1", "a", "A", "a", 1.5, true, null, "01", 1]));
--EXPECTF--

Warning: array_count_values(): Can only count string and integer values, entry skipped in %s on line 2

Warning: array_count_values(): Can only count string and integer values, entry skipped in %s on line 2

Warning: array_count_values(): Can only count string and integer values, entry skipped in %s on line 2
array(4) {
  [1]=>
  int(3)
  ["a"]=>
  int(2)
  ["A"]=>
  int(1)
  ["01"]=>
  int(1)
}
