--TEST--
never return type: function that returns implicitly throws TypeError
--FILE--
<?php
function f(): never { echo "in never\n"; }
f();
--EXPECTF--
in never

Fatal error: Uncaught TypeError: f(): never-returning function must not implicitly return in %s:2
Stack trace:
#0 %s(3): f()
#1 {main}
  thrown in %s on line 2
