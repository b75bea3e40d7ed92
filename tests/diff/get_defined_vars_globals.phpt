--TEST--
get_defined_vars() in global scope: superglobal set and order as php -n (no _ENV/_REQUEST)
--FILE--
<?php
$a = 1;
foreach (get_defined_vars() as $k => $v) echo $k, " ";
--EXPECT--
_GET _POST _COOKIE _FILES argv argc _SERVER a 
