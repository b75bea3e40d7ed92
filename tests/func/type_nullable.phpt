--TEST--
?int and default-null parameters accept null
--FILE--
<?php
function f(?int $x) { return $x; }
function g(int $x = null) { return $x; }
var_dump(f(null), f("3"), g(), g(null), g(4));
--EXPECT--
NULL
int(3)
NULL
NULL
int(4)
