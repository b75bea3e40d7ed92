--TEST--
int parameter given a fractional float is deprecated and truncated
--FILE--
<?php
function f(int $x) { return $x; }
var_dump(f(5.5));
--EXPECTF--

Deprecated: Implicit conversion from float 5.5 to int loses precision in %s on line 2
int(5)
