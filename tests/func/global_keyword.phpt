--TEST--
global imports a global variable by reference into the function scope
--FILE--
<?php
$count = 0;
function bump() { global $count; $count++; }
bump(); bump();
var_dump($count);
function makeGlobal() { global $created; $created = 'new global'; }
makeGlobal();
var_dump($created);
function multi() { global $a, $b; return $a . $b; }
$a = 'A'; $b = 'B';
var_dump(multi());
--EXPECT--
int(2)
string(10) "new global"
string(2) "AB"
