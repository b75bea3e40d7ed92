--TEST--
after -> comments keep the property name state
--FILE--
<?php
$a->/* c */ ;
--EXPECTF--

Parse error: syntax error, unexpected token ";", expecting identifier or variable or "{" or "$" in %s on line 2
