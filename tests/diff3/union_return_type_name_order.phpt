--TEST--
union return types are named in php's canonical order (float|int is shown as int|float)
--FILE--
<?php
function ratio($a, $b): float|int { return $b ? $a / $b : 'n/a'; }
var_dump(ratio(6, 3));
var_dump(ratio(1, 0));
--EXPECTF--
int(2)

Fatal error: Uncaught TypeError: ratio(): Return value must be of type int|float, string returned in %s:2
Stack trace:
#0 %s(4): ratio(1, 0)
#1 {main}
  thrown in %s on line 2
