--TEST--
UnhandledMatchError message quotes strings via var_export-like form
--FILE--
<?php
echo match ("abc") { 'x' => 1 };
--EXPECTF--

Fatal error: Uncaught UnhandledMatchError: Unhandled match case 'abc' in %s:2
Stack trace:
#0 {main}
  thrown in %s on line 2
