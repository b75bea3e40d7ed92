--TEST--
sort family is stable: equal elements keep their order
--FILE--
<?php
$a = ["b" => 1, "a" => 1, "d" => 0, "c" => 1, "e" => 0];
asort($a);
var_dump($a);
arsort($a);
var_dump($a);
$people = [["n" => "x", "age" => 30], ["n" => "y", "age" => 25], ["n" => "z", "age" => 30], ["n" => "w", "age" => 25]];
usort($people, fn($p, $q) => $p["age"] <=> $q["age"]);
foreach ($people as $p) { echo $p["n"], " "; }
echo "\n";
$s = ["10", 10, "1e1", 10.0];
sort($s);
var_dump($s);
--EXPECT--
array(5) {
  ["d"]=>
  int(0)
  ["e"]=>
  int(0)
  ["b"]=>
  int(1)
  ["a"]=>
  int(1)
  ["c"]=>
  int(1)
}
array(5) {
  ["b"]=>
  int(1)
  ["a"]=>
  int(1)
  ["c"]=>
  int(1)
  ["d"]=>
  int(0)
  ["e"]=>
  int(0)
}
y w x z 
array(4) {
  [0]=>
  string(2) "10"
  [1]=>
  int(10)
  [2]=>
  string(3) "1e1"
  [3]=>
  float(10)
}
