--TEST--
unset() with an array as array offset throws 'Illegal offset type in unset'
--FILE--
<?php
$a = [1];
unset($a[[]]);
--EXPECTF--

Fatal error: Uncaught TypeError: Illegal offset type in unset in %s:3
Stack trace:
#0 {main}
  thrown in %s on line 3
