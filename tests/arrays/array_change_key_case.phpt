--TEST--
array_change_key_case(): string keys lower/upper, later duplicates win
--FILE--
<?php
var_dump(array_change_key_case(["Ab" => 1, "aB" => 2, 5 => 3, "x" => 4]));
var_dump(array_change_key_case(["a" => 1, "Zz" => 2], CASE_UPPER));
--EXPECT--
array(3) {
  ["ab"]=>
  int(2)
  [5]=>
  int(3)
  ["x"]=>
  int(4)
}
array(2) {
  ["A"]=>
  int(1)
  ["ZZ"]=>
  int(2)
}
