--TEST--
UnhandledMatchError truncates a long string subject to 15 chars plus '...'
--FILE--
<?php
echo match("a long string that is over the limit of some chars") { 1 => 'x' };
--EXPECTF--

Fatal error: Uncaught UnhandledMatchError: Unhandled match case 'a long string t...' in %s:2
Stack trace:
#0 {main}
  thrown in %s on line 2
