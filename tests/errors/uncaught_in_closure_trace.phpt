--TEST--
uncaught error in a closure shows a {closure}() frame
--FILE--
<?php
$f = function ($x) {
    return $x / 0;
};
$f(3);
--EXPECTF--

Fatal error: Uncaught DivisionByZeroError: Division by zero in %s:3
Stack trace:
#0 %s(5): {closure}(3)
#1 {main}
  thrown in %s on line 3
