--TEST--
arrow functions with typed parameters, defaults, by-ref params and return types
--FILE--
<?php
$f = fn(int $a, int $b = 2): int => $a * $b;
var_dump($f("3"), $f(3, 3));
$inc = fn(&$v) => $v++;
$n = 1; $inc($n);
var_dump($n);
$g = fn(...$xs) => count($xs);
var_dump($g(1, 2, 3));
--EXPECT--
int(6)
int(9)
int(2)
int(3)
