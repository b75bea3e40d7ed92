--TEST--
and/or/xor bind looser than = while && || bind tighter
--FILE--
<?php
$a = true and false;
var_dump($a);
$b = (true and false);
var_dump($b);
$c = false or true;
var_dump($c);
$d = false || true;
var_dump($d);
$e = true xor true;
var_dump($e);
$f = true && false;
var_dump($f);
$g = false or $h = 'assigned in or';
var_dump($h);
--EXPECT--
bool(true)
bool(false)
bool(false)
bool(true)
bool(true)
bool(false)
string(14) "assigned in or"
