--TEST--
usort(): user comparison, keys renumbered
--FILE--
<?php
$a = ["x" => 3, "y" => 1, "z" => 2];
var_dump(usort($a, fn($p, $q) => $p - $q), $a);
$e = [];
var_dump(usort($e, fn($p, $q) => 0), $e);
$f = [5 => "one"];
usort($f, fn($p, $q) => 0);
var_dump($f);
$g = [1.5, 1.2, 1.9];
usort($g, fn($p, $q) => $p - $q);
var_dump($g);
--EXPECT--
bool(true)
array(3) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(3)
}
bool(true)
array(0) {
}
array(1) {
  [0]=>
  string(3) "one"
}
array(3) {
  [0]=>
  float(1.5)
  [1]=>
  float(1.2)
  [2]=>
  float(1.9)
}
