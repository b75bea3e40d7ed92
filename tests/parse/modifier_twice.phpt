--TEST--
a modifier repeated
--FILE--
<?php
class A { public public $x; }
--EXPECTF--

Fatal error: Multiple access type modifiers are not allowed in %s on line 2
