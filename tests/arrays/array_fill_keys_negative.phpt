--TEST--
array_fill(): negative start index continues from it (PHP 8)
--FILE--
<?php
var_dump(array_fill(-3, 4, "v"), array_fill(5, 2, [1]), array_fill(0, 0, 1));
$a = array_fill(-3, 1, 0);
$a[] = "next";
var_dump($a);
--EXPECT--
array(4) {
  [-3]=>
  string(1) "v"
  [-2]=>
  string(1) "v"
  [-1]=>
  string(1) "v"
  [0]=>
  string(1) "v"
}
array(2) {
  [5]=>
  array(1) {
    [0]=>
    int(1)
  }
  [6]=>
  array(1) {
    [0]=>
    int(1)
  }
}
array(0) {
}
array(2) {
  [-3]=>
  int(0)
  [-2]=>
  string(4) "next"
}
