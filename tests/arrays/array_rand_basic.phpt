--TEST--
array_rand(): one key, several keys (in array order), all keys
--FILE--
<?php
$a = ["a" => 1, "b" => 2, "c" => 3, 10 => 4];
$k = array_rand($a);
var_dump(array_key_exists($k, $a));
$ks = array_rand($a, 3);
var_dump(count($ks), count(array_intersect($ks, array_keys($a))));
$pos = array_map(fn($k) => array_search($k, array_keys($a), true), $ks);
$sorted = $pos;
sort($sorted);
var_dump($pos === $sorted);
var_dump(array_rand($a, 4), array_rand([7 => "x"]));
--EXPECT--
bool(true)
int(3)
int(3)
bool(true)
array(4) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "b"
  [2]=>
  string(1) "c"
  [3]=>
  int(10)
}
int(7)
