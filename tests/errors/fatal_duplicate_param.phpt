--TEST--
duplicate parameter names are a compile-time fatal error
--FILE--
<?php
function f($a, $a) {}
--EXPECTF--

Fatal error: Redefinition of parameter $a in %s on line 2
