--TEST--
strict mode still allows int to float widening
--FILE--
<?php
declare(strict_types=1);
function f(float $x) { return $x; }
var_dump(f(5));
function g(): float { return 3; }
var_dump(g());
--EXPECT--
float(5)
float(3)
