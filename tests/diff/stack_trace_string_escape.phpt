--TEST--
Stack trace escapes control/non-ASCII bytes, backslashes and NUL in string arguments
--FILE--
<?php
function f() { return 1 % 0; }
f("a\nb", "tab\there", "bs\\", "nul\0", "\x7f\x80", "\e");
--EXPECTF--

Fatal error: Uncaught DivisionByZeroError: Modulo by zero in %s:2
Stack trace:
#0 %s(3): f('a\nb', 'tab\there', 'bs\\', 'nul\x00', '\x7F\x80', '\e')
#1 {main}
  thrown in %s on line 2
