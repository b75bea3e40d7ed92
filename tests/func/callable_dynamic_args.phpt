--TEST--
dynamic calls support named args and spread
--FILE--
<?php
function f($a, $b = 'B') { return "$a$b"; }
$n = 'f';
var_dump($n(b: 'x', a: 'y'), $n(...['q']));
$c = fn($a, $b) => $a . $b;
var_dump($c(b: 1, a: 2));
--EXPECT--
string(2) "yx"
string(2) "qB"
string(2) "21"
