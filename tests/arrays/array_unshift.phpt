--TEST--
array_unshift(): prepends and renumbers
--FILE--
<?php
$a = [3 => "c", "k" => "v"];
var_dump(array_unshift($a, "a", "b"), $a);
$a[] = "z";
var_dump($a);
$e = [];
var_dump(array_unshift($e, 1), $e);
--EXPECT--
int(4)
array(4) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "b"
  [2]=>
  string(1) "c"
  ["k"]=>
  string(1) "v"
}
array(5) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "b"
  [2]=>
  string(1) "c"
  ["k"]=>
  string(1) "v"
  [3]=>
  string(1) "z"
}
int(1)
array(1) {
  [0]=>
  int(1)
}
