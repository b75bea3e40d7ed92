--TEST--
array_push(): no next key after PHP_INT_MAX
--FILE--
<?php
$a = [PHP_INT_MAX => 1];
array_push($a, 2);
--EXPECTF--

Fatal error: Uncaught Error: Cannot add element to the array as the next element is already occupied in %s:3
Stack trace:
#0 %s(3): array_push(Array, 2)
#1 {main}
  thrown in %s on line 3
