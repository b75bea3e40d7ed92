--TEST--
list() and [] destructuring: positional, skipping, nested, keys, swap
--FILE--
<?php
[$a, $b] = [1, 2];
list($c, , $d) = [3, 'skip', 4];
[, , $e] = ['x', 'y', 'z'];
[$f, [$g, $h]] = [5, [6, 7]];
['x' => $x, 'y' => $y] = ['y' => 'Y', 'x' => 'X'];
list('k' => $k, 0 => $zero) = [0 => 'z', 'k' => 'kv'];
var_dump($a, $b, $c, $d, $e, $f, $g, $h, $x, $y, $k, $zero);
[$a, $b] = [$b, $a];
var_dump($a, $b);
--EXPECT--
int(1)
int(2)
int(3)
int(4)
string(1) "z"
int(5)
int(6)
int(7)
string(1) "X"
string(1) "Y"
string(2) "kv"
string(1) "z"
int(2)
int(1)
