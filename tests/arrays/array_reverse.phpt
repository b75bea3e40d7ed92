--TEST--
array_reverse(): string keys kept, int keys renumbered unless preserved
--FILE--
<?php
$a = [5 => "a", "x" => "b", 7 => "c"];
var_dump(array_reverse($a), array_reverse($a, true), array_reverse([]), array_reverse([1, [2, 3]]));
--EXPECT--
array(3) {
  [0]=>
  string(1) "c"
  ["x"]=>
  string(1) "b"
  [1]=>
  string(1) "a"
}
array(3) {
  [7]=>
  string(1) "c"
  ["x"]=>
  string(1) "b"
  [5]=>
  string(1) "a"
}
array(0) {
}
array(2) {
  [0]=>
  array(2) {
    [0]=>
    int(2)
    [1]=>
    int(3)
  }
  [1]=>
  int(1)
}
