--TEST--
closures assigned to variables, called, passed and returned
--FILE--
<?php
$double = function ($x) { return $x * 2; };
var_dump($double(4));
function apply($f, $v) { return $f($v); }
var_dump(apply($double, 10));
function makeAdder($n) { return function ($x) use ($n) { return $x + $n; }; }
$add5 = makeAdder(5);
var_dump($add5(1), makeAdder(10)(1));
var_dump((function () { return 'iife'; })());
var_dump(is_callable($double));
--EXPECT--
int(8)
int(20)
int(6)
int(11)
string(4) "iife"
bool(true)
