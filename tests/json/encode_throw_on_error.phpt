--TEST--
json_encode: JSON_THROW_ON_ERROR throws JsonException with the error message
--FILE--
<?php
echo json_encode([1], JSON_THROW_ON_ERROR), "\n";
echo json_encode("\xff", JSON_THROW_ON_ERROR);
echo "not reached\n";
--EXPECTF--
[1]

Fatal error: Uncaught JsonException: Malformed UTF-8 characters, possibly incorrectly encoded in %s:3
Stack trace:
#0 %s(3): json_encode('\xFF', 4194304)
#1 {main}
  thrown in %s on line 3
