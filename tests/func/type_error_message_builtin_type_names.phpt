--TEST--
TypeError messages name the given type: int, float, bool, null, array
--FILE--
<?php
function f(array $a) {}
function g(int $i) {}
$calls = 0;
f(1.5);
--EXPECTF--

Fatal error: Uncaught TypeError: f(): Argument #1 ($a) must be of type array, float given, called in %s on line 5 and defined in %s:2
Stack trace:
#0 %s(5): f(1.5)
#1 {main}
  thrown in %s on line 2
