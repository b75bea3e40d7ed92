--TEST--
coercive mode: int parameter accepts numeric strings, floats with integral values and bools
--FILE--
<?php
function f(int $x) { return $x; }
var_dump(f(5), f("5"), f(" 5"), f(5.0), f(true), f("1e2"));
--EXPECT--
int(5)
int(5)
int(5)
int(5)
int(1)
int(100)
