--TEST--
declare(strict_types=1) rejects "5" for an int parameter
--FILE--
<?php
declare(strict_types=1);
function f(int $x) { return $x; }
var_dump(f(5));
f("5");
--EXPECTF--
int(5)

Fatal error: Uncaught TypeError: f(): Argument #1 ($x) must be of type int, string given, called in %s on line 5 and defined in %s:3
Stack trace:
#0 %s(5): f('5')
#1 {main}
  thrown in %s on line 3
