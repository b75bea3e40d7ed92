--TEST--
union types with null and false
--FILE--
<?php
function f(int|null $v) { return $v; }
function g(string|false $v) { return $v; }
var_dump(f(null), f(1), g(false), g("s"), g(0));
--EXPECT--
NULL
int(1)
bool(false)
string(1) "s"
string(1) "0"
