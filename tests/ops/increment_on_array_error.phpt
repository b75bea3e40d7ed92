--TEST--
incrementing an array throws TypeError "Cannot increment array"
--FILE--
<?php
$a = [];
$a++;
--EXPECTF--

Fatal error: Uncaught TypeError: Cannot increment array in %s:3
Stack trace:
#0 {main}
  thrown in %s on line 3
