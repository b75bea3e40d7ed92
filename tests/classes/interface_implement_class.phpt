--TEST--
implementing a class instead of an interface
--FILE--
<?php
class A {}
class B implements A {}
--EXPECTF--

Fatal error: B cannot implement A - it is not an interface in %s on line 3
