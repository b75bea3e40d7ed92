--TEST--
A closure's type name is 'Closure' (get_debug_type, TypeError messages)
--FILE--
<?php
$c = function() {};
var_dump(get_debug_type($c), get_debug_type(fn() => 1));
function f(int $x) {}
f($c);
--EXPECTF--
string(7) "Closure"
string(7) "Closure"

Fatal error: Uncaught TypeError: f(): Argument #1 ($x) must be of type int, Closure given, called in %r\S+%r on line 5 and defined in %r\S+%r:4
Stack trace:
#0 %r\S+%r(5): f(Object(Closure))
#1 {main}
  thrown in %r\S+%r on line 4
