--TEST--
(array) wraps scalars, null becomes an empty array, arrays unchanged
--FILE--
<?php
var_dump((array)1, (array)"str", (array)null, (array)[1, 2], (array)true, (array)1.5);
--EXPECT--
array(1) {
  [0]=>
  int(1)
}
array(1) {
  [0]=>
  string(3) "str"
}
array(0) {
}
array(2) {
  [0]=>
  int(1)
  [1]=>
  int(2)
}
array(1) {
  [0]=>
  bool(true)
}
array(1) {
  [0]=>
  float(1.5)
}
