--TEST--
array_map(): several arrays are walked in step, shorter ones padded with null
--FILE--
<?php
var_dump(array_map(fn($a, $b) => "$a-$b", ["x" => 1, "y" => 2, "z" => 3], [10, 20]));
var_dump(array_map(null, [1, 2], ["a" => "A"], [true]));
--EXPECT--
array(3) {
  [0]=>
  string(4) "1-10"
  [1]=>
  string(4) "2-20"
  [2]=>
  string(2) "3-"
}
array(2) {
  [0]=>
  array(3) {
    [0]=>
    int(1)
    [1]=>
    string(1) "A"
    [2]=>
    bool(true)
  }
  [1]=>
  array(3) {
    [0]=>
    int(2)
    [1]=>
    NULL
    [2]=>
    NULL
  }
}
