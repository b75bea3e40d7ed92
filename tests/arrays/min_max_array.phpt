--TEST--
min()/max() of an array
--FILE--
<?php
var_dump(min([4, 2, 8]), max([4, 2, 8]), min(["b" => "x", "a" => "y"]), max([1, "5", 3.5]));
var_dump(max([[1, 2], [1, 3], [0, 9, 9]]), min([0, -0.0, false]));
--EXPECT--
int(2)
int(8)
string(1) "x"
string(1) "5"
array(3) {
  [0]=>
  int(0)
  [1]=>
  int(9)
  [2]=>
  int(9)
}
int(0)
