--TEST--
assignments inside an arrow function do not affect the outer scope
--FILE--
<?php
$x = 1;
$f = fn() => $x++;
var_dump($f(), $f(), $x);
$g = fn() => $undefinedOuter ?? 'default';
var_dump($g());
--EXPECT--
int(1)
int(1)
int(1)
string(7) "default"
