--TEST--
array_combine(): keys from one array, values from another
--FILE--
<?php
var_dump(array_combine(["a", "5", 1.5, true, null, "05"], [1, 2, 3, 4, 5, 6]));
var_dump(array_combine([], []));
var_dump(array_combine([1, 1], ["first", "second"]));
--EXPECT--
array(6) {
  ["a"]=>
  int(1)
  [5]=>
  int(2)
  ["1.5"]=>
  int(3)
  [1]=>
  int(4)
  [""]=>
  int(5)
  ["05"]=>
  int(6)
}
array(0) {
}
array(1) {
  [1]=>
  string(6) "second"
}
