--TEST--
strval of an array warns with "Array to string conversion"
--FILE--
<?php
var_dump(strval([]));
--EXPECTF--

Warning: Array to string conversion in %s on line 2
string(5) "Array"
