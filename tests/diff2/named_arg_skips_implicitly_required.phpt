--TEST--
Optional parameter before a required one is required: skipping it with a named arg throws ArgumentCountError
--FILE--
<?php
function d($a = 1, $b) { var_dump($a, $b); }
d(b: 2);
--EXPECTF--

Deprecated: Optional parameter $a declared before required parameter $b is implicitly treated as a required parameter in %s on line 2

Fatal error: Uncaught ArgumentCountError: d(): Argument #1 ($a) not passed in %s:2
Stack trace:
#0 %s(3): d(NULL, 2)
#1 {main}
  thrown in %s on line 2
