--TEST--
array_multisort(): arrays of different sizes are a ValueError
--FILE--
<?php
$a = [1, 2];
$b = [1];
array_multisort($a, $b);
--EXPECTF--

Fatal error: Uncaught ValueError: Array sizes are inconsistent in %s:4
Stack trace:
#0 %s(4): array_multisort(Array, Array)
#1 {main}
  thrown in %s on line 4
