--TEST--
array_slice(): string keys kept, int keys renumbered unless preserve_keys
--FILE--
<?php
$a = [10 => "a", "x" => "b", 20 => "c", "y" => "d", 30 => "e"];
var_dump(array_slice($a, 1, 3), array_slice($a, 1, 3, true), array_slice($a, -2, null, true));
--EXPECT--
array(3) {
  ["x"]=>
  string(1) "b"
  [0]=>
  string(1) "c"
  ["y"]=>
  string(1) "d"
}
array(3) {
  ["x"]=>
  string(1) "b"
  [20]=>
  string(1) "c"
  ["y"]=>
  string(1) "d"
}
array(2) {
  ["y"]=>
  string(1) "d"
  [30]=>
  string(1) "e"
}
