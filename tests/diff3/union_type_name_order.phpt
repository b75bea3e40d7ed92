--TEST--
union types are named in php's canonical order (int|string is shown as string|int) in TypeErrors
--FILE--
<?php
function label(int|string $id) { return "#$id"; }
echo label(5), "\n";
echo label([]), "\n";
--EXPECTF--
#5

Fatal error: Uncaught TypeError: label(): Argument #1 ($id) must be of type string|int, array given, called in %s on line 4 and defined in %s:2
Stack trace:
#0 %s(4): label(Array)
#1 {main}
  thrown in %s on line 2
