--TEST--
Passing count()/strlen() result (compiled as an opcode in php, a temporary) by reference is an Error, not a notice
--FILE--
<?php
function f(&$x) { $x = 1; }
function g() { return 5; }
f(g());
echo "ok\n";
f(count([1]));
echo "not reached\n";
--EXPECTF--

Notice: Only variables should be passed by reference in %s on line 4
ok

Fatal error: Uncaught Error: f(): Argument #1 ($x) cannot be passed by reference in %s:6
Stack trace:
#0 {main}
  thrown in %s on line 6
