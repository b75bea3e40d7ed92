--TEST--
declaring a function with a builtin name is fatal
--FILE--
<?php
function strlen($s) { return 0; }
--EXPECTF--

Fatal error: Cannot redeclare strlen() in %s on line 2
