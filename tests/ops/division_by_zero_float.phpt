--TEST--
dividing by 0.0 also throws (no INF in PHP 8)
--FILE--
<?php
$r = -1 / 0.0;
--EXPECTF--

Fatal error: Uncaught DivisionByZeroError: Division by zero in %s:2
Stack trace:
#0 {main}
  thrown in %s on line 2
