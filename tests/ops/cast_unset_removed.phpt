--TEST--
the (unset) cast is removed in PHP 8 and is a fatal error
--FILE--
<?php
$a = 1;
var_dump((unset)$a);
--EXPECTF--

Fatal error: The (unset) cast is no longer supported in %s on line 3
