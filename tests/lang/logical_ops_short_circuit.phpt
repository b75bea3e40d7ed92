--TEST--
&& || and or short-circuit and always return bool
--FILE--
<?php
function f($v) { echo "f(", var_export($v, true), ") "; return $v; }
var_dump(f(0) && f(1));
var_dump(f(1) && f(2));
var_dump(f(1) || f(0));
var_dump(f(0) || f('a'));
var_dump(f(0) and f(1));
var_dump(f('x') or f(1));
var_dump(f(1) xor f(1));
var_dump(f(0) xor f(1));
var_dump(!f(0), !f('0'), !f('0.0'));
--EXPECT--
f(0) bool(false)
f(1) f(2) bool(true)
f(1) bool(true)
f(0) f('a') bool(true)
f(0) bool(false)
f('x') bool(true)
f(1) f(1) bool(false)
f(0) f(1) bool(true)
f(0) f('0') f('0.0') bool(true)
bool(true)
bool(false)
