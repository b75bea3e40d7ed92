--TEST--
Uncaught TypeError for a user-function parameter prints 'and defined in FILE:LINE' once
--FILE--
<?php
function f(int $x) {}
f("a");
--EXPECTF--

Fatal error: Uncaught TypeError: f(): Argument #1 ($x) must be of type int, string given, called in %r\S+%r on line 3 and defined in %r\S+%r:2
Stack trace:
#0 %r\S+%r(3): f('a')
#1 {main}
  thrown in %r\S+%r on line 2
