--TEST--
array_column(): index keys of several types
--FILE--
<?php
$rows = [["k" => "a", "v" => 1], ["k" => 7, "v" => 2], ["k" => true, "v" => 3], ["k" => null, "v" => 4], ["v" => 5], ["k" => "7", "v" => 6]];
var_dump(array_column($rows, "v", "k"));
--EXPECT--
array(5) {
  ["a"]=>
  int(1)
  [7]=>
  int(6)
  [1]=>
  int(3)
  [""]=>
  int(4)
  [8]=>
  int(5)
}
