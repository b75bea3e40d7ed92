--TEST--
abstract and final together
--FILE--
<?php
final abstract class A {}
--EXPECTF--

Fatal error: Cannot use the final modifier on an abstract class in %s on line 2
