--TEST--
too few arguments to a user function throws ArgumentCountError
--FILE--
<?php
function f($a, $b) { return $a + $b; }
echo "before\n";
f(1);
--EXPECTF--
before

Fatal error: Uncaught ArgumentCountError: Too few arguments to function f(), 1 passed in %s on line 4 and exactly 2 expected in %s:2
Stack trace:
#0 %s(4): f(1)
#1 {main}
  thrown in %s on line 2
