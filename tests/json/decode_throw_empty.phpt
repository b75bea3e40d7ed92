--TEST--
json_decode: JSON_THROW_ON_ERROR with an empty string throws 'Syntax error'
--FILE--
<?php
json_decode('', false, 512, JSON_THROW_ON_ERROR);
--EXPECTF--

Fatal error: Uncaught JsonException: Syntax error in %s:2
Stack trace:
#0 %s(2): json_decode('', false, 512, 4194304)
#1 {main}
  thrown in %s on line 2
