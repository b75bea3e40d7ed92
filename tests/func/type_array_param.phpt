--TEST--
array parameter rejects scalars even in coercive mode
--FILE--
<?php
function f(array $a) { return count($a); }
var_dump(f([1, 2]));
f("not array");
--EXPECTF--
int(2)

Fatal error: Uncaught TypeError: f(): Argument #1 ($a) must be of type array, string given, called in %s on line 4 and defined in %s:2
Stack trace:
#0 %s(4): f('not array')
#1 {main}
  thrown in %s on line 2
