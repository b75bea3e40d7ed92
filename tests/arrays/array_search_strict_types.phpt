--TEST--
array_search(): strict mode tells int, float and string apart
--FILE--
<?php
$a = [1, 1.0, "1", true];
var_dump(array_search(1.0, $a, true), array_search("1", $a, true), array_search(true, $a, true), array_search(1, $a, true));
var_dump(array_keys($a, 1), array_keys($a, 1.0, true));
--EXPECT--
int(1)
int(2)
int(3)
int(0)
array(4) {
  [0]=>
  int(0)
  [1]=>
  int(1)
  [2]=>
  int(2)
  [3]=>
  int(3)
}
array(1) {
  [0]=>
  int(1)
}
