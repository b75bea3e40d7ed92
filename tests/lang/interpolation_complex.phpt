--TEST--
complex {$...} interpolation with quoted keys and nested arrays
--FILE--
<?php
$a = ['k' => 'v', 'n' => ['d' => 'deep'], 3 => 'three'];
$i = 3; $key = 'k';
echo "{$a['k']} {$a['n']['d']} {$a[$i]} {$a[$key]} {$a["k"]}\n";
$s = 'str';
echo "{$s}ing {$s[0]} {$s[-1]}\n";
$name = 's';
echo "{$$name}\n";
--EXPECT--
v deep three v v
string s r
str
