--TEST--
TypeError for a typed variadic argument mentions 'called in ... and defined in'
--FILE--
<?php
function f(int ...$i) { var_dump($i); }
f(1, "x");
--EXPECTF--

Fatal error: Uncaught TypeError: f(): Argument #2 must be of type int, string given, called in %r\S+%r on line 3 and defined in %r\S+%r:2
Stack trace:
#0 %r\S+%r(3): f(1, 'x')
#1 {main}
  thrown in %r\S+%r on line 2
