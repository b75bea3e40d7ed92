--TEST--
declaring a function twice is a compile-time fatal error
--FILE--
<?php
echo "not printed\n";
function foo() {}
function foo() {}
--EXPECTF--

Fatal error: Cannot redeclare foo() (previously declared in %s:3) in %s on line 4
