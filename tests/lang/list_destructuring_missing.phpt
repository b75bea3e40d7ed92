--TEST--
destructuring missing keys gives null with a warning; non-arrays give null silently
--FILE--
<?php
[$a, $b, $c] = [1, 2];
var_dump($c);
['q' => $q] = ['r' => 1];
var_dump($q);
[$n, $m] = null;
var_dump($n, $m);
[$i] = 42;
var_dump($i);
--EXPECTF--

Warning: Undefined array key 2 in %s on line 2
NULL

Warning: Undefined array key "q" in %s on line 4
NULL
NULL
NULL
NULL
