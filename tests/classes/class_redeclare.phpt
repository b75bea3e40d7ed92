--TEST--
declaring a class twice is a fatal error
--FILE--
<?php
class A {}
echo "ok\n";
class A {}
--EXPECTF--
ok

Fatal error: Cannot declare class A, because the name is already in use in %s on line 4
