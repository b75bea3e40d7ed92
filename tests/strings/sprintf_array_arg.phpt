--TEST--
sprintf() converts an array argument to "Array" with a warning
--FILE--
<?php
var_dump(sprintf("%s", [1, 2]));
var_dump(sprintf("%d", [1, 2]), sprintf("%d", []));
--EXPECTF--

Warning: Array to string conversion in %s on line 2
string(5) "Array"
string(1) "1"
string(1) "0"
