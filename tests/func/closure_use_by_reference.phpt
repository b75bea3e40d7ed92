--TEST--
use (&$x) shares the variable with the outer scope
--FILE--
<?php
$x = 1;
$f = function () use (&$x) { $x++; };
$f(); $f();
var_dump($x);
$x = 10;
$g = function () use (&$x) { return $x; };
var_dump($g());
$counter = function () use (&$count) { return ++$count; };
$counter(); $counter();
var_dump($count);
--EXPECT--
int(3)
int(10)
int(2)
