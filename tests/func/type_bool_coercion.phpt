--TEST--
bool parameters accept scalars
--FILE--
<?php
function f(bool $b) { return $b; }
var_dump(f(0), f(1), f(""), f("0"), f("a"), f(0.0), f(2.5));
--EXPECT--
bool(false)
bool(true)
bool(false)
bool(false)
bool(true)
bool(false)
bool(true)
