--TEST--
rsort(), asort(), arsort() with flags
--FILE--
<?php
$a = ["x" => "10", "y" => "9", "z" => "2", "w" => "b", "v" => "B"];
$b = $a; rsort($b); var_dump($b);
$b = $a; rsort($b, SORT_STRING); var_dump($b);
$b = $a; asort($b, SORT_NUMERIC); var_dump($b);
$b = $a; arsort($b, SORT_STRING | SORT_FLAG_CASE); var_dump($b);
--EXPECT--
array(5) {
  [0]=>
  string(1) "b"
  [1]=>
  string(1) "B"
  [2]=>
  string(2) "10"
  [3]=>
  string(1) "9"
  [4]=>
  string(1) "2"
}
array(5) {
  [0]=>
  string(1) "b"
  [1]=>
  string(1) "B"
  [2]=>
  string(1) "9"
  [3]=>
  string(1) "2"
  [4]=>
  string(2) "10"
}
array(5) {
  ["w"]=>
  string(1) "b"
  ["v"]=>
  string(1) "B"
  ["z"]=>
  string(1) "2"
  ["y"]=>
  string(1) "9"
  ["x"]=>
  string(2) "10"
}
array(5) {
  ["w"]=>
  string(1) "b"
  ["v"]=>
  string(1) "B"
  ["y"]=>
  string(1) "9"
  ["z"]=>
  string(1) "2"
  ["x"]=>
  string(2) "10"
}
