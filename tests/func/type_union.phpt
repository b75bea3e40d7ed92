--TEST--
union types: int|string keeps the type if it matches exactly, else coerces
--FILE--
<?php
function f(int|string $v) { return $v; }
var_dump(f(5), f("5"), f(5.0), f(5.5), f(true));
function g(int|float $v) { return $v; }
var_dump(g("5"), g("5.5"), g("1e2"));
function h(float|bool $v) { return $v; }
var_dump(h("abc"), h(5));
--EXPECTF--

Deprecated: Implicit conversion from float 5.5 to int loses precision in %s on line 2
int(5)
string(1) "5"
int(5)
int(5)
int(1)
int(5)
float(5.5)
float(100)
bool(true)
float(5)
