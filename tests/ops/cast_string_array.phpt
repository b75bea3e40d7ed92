--TEST--
(string) on an array is "Array" with a warning
--FILE--
<?php
var_dump((string)[1, 2]);
--EXPECTF--

Warning: Array to string conversion in %s on line 2
string(5) "Array"
