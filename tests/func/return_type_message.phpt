--TEST--
return type TypeError message
--FILE--
<?php
function f(): int { return "x"; }
echo "before\n";
f();
--EXPECTF--
before

Fatal error: Uncaught TypeError: f(): Return value must be of type int, string returned in %s:2
Stack trace:
#0 %s(4): f()
#1 {main}
  thrown in %s on line 2
