--TEST--
UnhandledMatchError message formats a float with precision 14 (0.3, not 0.30000000000000004)
--FILE--
<?php
echo match(0.1 + 0.2) { 2 => "two" };
--EXPECTF--

Fatal error: Uncaught UnhandledMatchError: Unhandled match case 0.3 in %s:2
Stack trace:
#0 {main}
  thrown in %s on line 2
