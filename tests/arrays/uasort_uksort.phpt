--TEST--
uasort() keeps keys, uksort() compares keys
--FILE--
<?php
$a = ["b" => 2, "a" => 3, "c" => 1];
uasort($a, fn($p, $q) => $p <=> $q);
var_dump($a);
uksort($a, fn($p, $q) => strcmp_like($q, $p));
var_dump($a);
$n = [10 => "x", 9 => "y", "8" => "z"];
uksort($n, fn($p, $q) => $p <=> $q);
var_dump($n);
function strcmp_like($x, $y) { return $x < $y ? -1 : ($x > $y ? 1 : 0); }
--EXPECT--
array(3) {
  ["c"]=>
  int(1)
  ["b"]=>
  int(2)
  ["a"]=>
  int(3)
}
array(3) {
  ["c"]=>
  int(1)
  ["b"]=>
  int(2)
  ["a"]=>
  int(3)
}
array(3) {
  [8]=>
  string(1) "z"
  [9]=>
  string(1) "y"
  [10]=>
  string(1) "x"
}
