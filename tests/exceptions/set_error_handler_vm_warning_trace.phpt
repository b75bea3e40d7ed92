--TEST--
trace of an exception from a handler called for an engine warning
--FILE--
<?php
set_error_handler(function ($no, $str, $file, $line) {
    strlen([]);
});
function f($a) { return $a + $undefined; }
f(1);
--EXPECTF--

Fatal error: Uncaught TypeError: strlen(): Argument #1 ($string) must be of type string, array given in %s:3
Stack trace:
#0 %s(5): {closure}(2, 'Undefined varia...', '%s...', 5)
#1 %s(6): f(1)
#2 {main}
  thrown in %s on line 3
