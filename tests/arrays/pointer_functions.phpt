--TEST--
current/key/next/prev/reset/end and pos
--FILE--
<?php
$a = ["x" => 1, "y" => 2, 5 => 3];
var_dump(current($a), key($a), next($a), key($a), next($a), key($a), next($a), key($a), current($a));
var_dump(prev($a), reset($a), key($a), end($a), key($a), prev($a), pos($a));
$e = [];
var_dump(current($e), key($e), next($e), prev($e), reset($e), end($e));
$f = [false];
var_dump(current($f), next($f), current($f));
--EXPECT--
int(1)
string(1) "x"
int(2)
string(1) "y"
int(3)
int(5)
bool(false)
NULL
bool(false)
bool(false)
int(1)
string(1) "x"
int(3)
int(5)
int(2)
int(2)
bool(false)
NULL
bool(false)
bool(false)
bool(false)
bool(false)
bool(false)
bool(false)
bool(false)
