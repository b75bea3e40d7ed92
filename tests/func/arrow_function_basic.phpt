--TEST--
arrow functions capture outer variables by value automatically
--FILE--
<?php
$y = 10;
$f = fn($x) => $x + $y;
var_dump($f(5));
$y = 100;
var_dump($f(5));
$nested = fn($a) => fn($b) => $a + $b + $y;
var_dump($nested(1)(2));
--EXPECT--
int(15)
int(15)
int(103)
