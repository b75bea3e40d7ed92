--TEST--
Stack trace frame for include() shows the path truncated to 15 chars like other string args
--FILE--
<?php
include __DIR__ . "/include_trace_arg.inc";
--EXPECTF--

Fatal error: Uncaught DivisionByZeroError: Modulo by zero in %s:2
Stack trace:
#0 %s(3): boom()
#1 %s(2): include('%r.{15}%r...')
#2 {main}
  thrown in %s on line 2
