--TEST--
Diagnostics in multi-line expressions use the line of the failing sub-expression/operator
--FILE--
<?php
function foo() {}
foo(
  $undef1,
  1
);
$a = [1];
$y = $a
  [5];
$z = 1
  /
  0;
--EXPECTF--

Warning: Undefined variable $undef1 in %s on line 4

Warning: Undefined array key 5 in %s on line 9

Fatal error: Uncaught DivisionByZeroError: Division by zero in %s:12
Stack trace:
#0 {main}
  thrown in %s on line 12
