--TEST--
rand()/srand()/getrandmax() share the Mt19937 generator
--FILE--
<?php
srand(11);
$a = [rand(), rand(), rand(1, 100)];
mt_srand(11);
$b = [mt_rand(), mt_rand(), mt_rand(1, 100)];
var_dump($a === $b, $a, getrandmax(), mt_getrandmax());
--EXPECT--
bool(true)
array(3) {
  [0]=>
  int(387126220)
  [1]=>
  int(146687839)
  [2]=>
  int(21)
}
int(2147483647)
int(2147483647)
