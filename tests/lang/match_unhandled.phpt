--TEST--
match without a matching arm throws UnhandledMatchError
--FILE--
<?php
echo "before\n";
$x = 5;
echo match ($x) { 1 => 'one', 2 => 'two' };
echo "not reached\n";
--EXPECTF--
before

Fatal error: Uncaught UnhandledMatchError: Unhandled match case 5 in %s:4
Stack trace:
#0 {main}
  thrown in %s on line 4
