--TEST--
array_multisort(): a repeated flag is a TypeError
--FILE--
<?php
$a = [1, 2];
array_multisort($a, SORT_DESC, SORT_ASC);
--EXPECTF--

Fatal error: Uncaught TypeError: array_multisort(): Argument #3 must be an array or a sort flag that has not already been specified in %s:3
Stack trace:
#0 %s(3): array_multisort(Array, 3, 4)
#1 {main}
  thrown in %s on line 3
