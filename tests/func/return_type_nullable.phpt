--TEST--
?int return type accepts null and int
--FILE--
<?php
function f($v): ?int { return $v; }
var_dump(f(null), f(1), f("2"));
f([]);
--EXPECTF--
NULL
int(1)
int(2)

Fatal error: Uncaught TypeError: f(): Return value must be of type ?int, array returned in %s:2
Stack trace:
#0 %s(4): f(Array)
#1 {main}
  thrown in %s on line 2
