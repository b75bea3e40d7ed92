--TEST--
array_walk_recursive(): a self-containing array is walked once more, then Error
--FILE--
<?php
$a = [1, [2, 3]];
$a[] = &$a;
array_walk_recursive($a, function ($v) { echo $v; });
--EXPECTF--
123123
Fatal error: Uncaught Error: Recursion detected in %s:4
Stack trace:
#0 %s(4): array_walk_recursive(Array, Object(Closure))
#1 {main}
  thrown in %s on line 4
