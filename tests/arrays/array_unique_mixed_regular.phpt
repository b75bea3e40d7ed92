--TEST--
array_unique(SORT_REGULAR) with mixed types
--FILE--
<?php
var_dump(array_unique([1, "1", true, "a", 0, "", null, false, [1], [1]], SORT_REGULAR));
--EXPECT--
array(5) {
  [0]=>
  int(1)
  [3]=>
  string(1) "a"
  [4]=>
  int(0)
  [5]=>
  string(0) ""
  [8]=>
  array(1) {
    [0]=>
    int(1)
  }
}
