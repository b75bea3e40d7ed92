--TEST--
stack trace frames show argument summaries
--FILE--
<?php
function f($a, $b, $c, $d, $e) {
    echo FOO_UNDEFINED;
}
f(1, "a long string argument here", [1, 2], null, 1.5);
--EXPECTF--

Fatal error: Uncaught Error: Undefined constant "FOO_UNDEFINED" in %s:3
Stack trace:
#0 %s(5): f(1, 'a long string a...', Array, NULL, 1.5)
#1 {main}
  thrown in %s on line 3
