--TEST--
current, key, next and valid drive a generator by hand
--FILE--
<?php
function g() { echo "[run]\n"; yield 'x' => 1; yield 'y' => 2; return 3; }
$gen = g();
echo "created\n";
var_dump($gen->valid());
var_dump($gen->key(), $gen->current());
$gen->next();
var_dump($gen->key(), $gen->current());
$gen->next();
var_dump($gen->valid(), $gen->key(), $gen->current());
echo $gen->getReturn(), "\n";
$gen->next();
var_dump($gen->valid());
--EXPECT--
created
[run]
bool(true)
string(1) "x"
int(1)
string(1) "y"
int(2)
bool(false)
NULL
NULL
3
bool(false)
