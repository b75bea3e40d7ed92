--TEST--
"return;" in a non-void function is a compile error
--FILE--
<?php
function f(): int { return; }
--EXPECTF--

Fatal error: A function with return type must return a value in %s on line 2
