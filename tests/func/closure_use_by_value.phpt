--TEST--
use captures by value at closure creation time
--FILE--
<?php
$x = 1;
$f = function () use ($x) { return $x; };
$x = 2;
var_dump($f());
$g = function () use ($x) { $x++; return $x; };
var_dump($g(), $g(), $x);
--EXPECT--
int(1)
int(3)
int(3)
int(2)
