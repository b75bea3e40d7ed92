--TEST--
json_decode: JSON_THROW_ON_ERROR throws JsonException
--FILE--
<?php
var_dump(json_decode('[1]', true, 512, JSON_THROW_ON_ERROR));
json_decode('{"a":', true, 512, JSON_THROW_ON_ERROR);
--EXPECTF--
array(1) {
  [0]=>
  int(1)
}

Fatal error: Uncaught JsonException: Syntax error in %s:3
Stack trace:
#0 %s(3): json_decode('{"a":', true, 512, 4194304)
#1 {main}
  thrown in %s on line 3
