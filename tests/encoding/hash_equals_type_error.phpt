--TEST--
hash_equals() does not coerce its arguments
--FILE--
<?php
var_dump(hash_equals("123", 123));
--EXPECTF--

Fatal error: Uncaught TypeError: hash_equals(): Argument #2 ($user_string) must be of type string, int given in %s:2
Stack trace:
#0 %s(2): hash_equals(Object(SensitiveParameterValue), Object(SensitiveParameterValue))
#1 {main}
  thrown in %s on line 2
