--TEST--
send() on a fresh generator first runs to the first yield
--FILE--
<?php
function g() {
    echo "start\n";
    $a = yield 'first';
    echo "a = $a\n";
    $b = yield 'second';
    echo "b = $b\n";
}
$gen = g();
$r = $gen->send('A');
var_dump($r);
$r = $gen->send('B');
var_dump($r);
var_dump($gen->valid());
--EXPECT--
start
a = A
string(6) "second"
b = B
NULL
bool(false)
