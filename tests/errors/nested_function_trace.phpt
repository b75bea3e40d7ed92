--TEST--
uncaught error through three levels reports frames innermost first
--FILE--
<?php
function a() { b(); }
function b() { c(1, 'x'); }
function c($n, $s) { return 1 % 0; }
a();
--EXPECTF--

Fatal error: Uncaught DivisionByZeroError: Modulo by zero in %s:4
Stack trace:
#0 %s(3): c(1, 'x')
#1 %s(2): b()
#2 %s(5): a()
#3 {main}
  thrown in %s on line 4
