--TEST--
UnhandledMatchError shows a string subject raw (no backslash-escaping of quotes)
--FILE--
<?php
echo match("it's") { 6 => 'x' };
--EXPECTF--

Fatal error: Uncaught UnhandledMatchError: Unhandled match case 'it's' in %s:2
Stack trace:
#0 {main}
  thrown in %s on line 2
