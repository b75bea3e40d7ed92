--TEST--
parent:: in a class without a parent is a compile-time fatal error
--FILE--
<?php
echo "never printed\n";
class A { function g() { return parent::g(); } }
--EXPECTF--

Fatal error: Cannot use "parent" when current class scope has no parent in %s on line 3
