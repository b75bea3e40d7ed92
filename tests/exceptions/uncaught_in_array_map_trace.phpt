--TEST--
stack trace of an exception thrown in a callback called by a builtin
--FILE--
<?php
function cb($v) { return intdiv($v, 0); }
function run() { return array_map('cb', [1]); }
run();
--EXPECTF--

Fatal error: Uncaught DivisionByZeroError: Division by zero in %s:2
Stack trace:
#0 %s(2): intdiv(1, 0)
#1 [internal function]: cb(1)
#2 %s(3): array_map('cb', Array)
#3 %s(4): run()
#4 {main}
  thrown in %s on line 2
