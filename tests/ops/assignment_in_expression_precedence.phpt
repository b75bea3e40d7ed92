--TEST--
assignment inside expressions binds to the right operand
--FILE--
<?php
$a = 1;
$b = 2 + $a = 5;
var_dump($a, $b);
$c = ($d = 3) * 2;
var_dump($c, $d);
var_dump(true && $e = 'E');
var_dump($e);
--EXPECT--
int(5)
int(7)
int(6)
int(3)
bool(true)
string(1) "E"
