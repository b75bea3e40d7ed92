--TEST--
var_dump(1, values: 2): a builtin variadic rejects unknown named parameters (ArgumentCountError)
--FILE--
<?php
var_dump(1, values: 2);
--EXPECTF--

Fatal error: Uncaught ArgumentCountError: var_dump() does not accept unknown named parameters in %s:2
Stack trace:
#0 %s(2): var_dump(1, values: 2)
#1 {main}
  thrown in %s on line 2
