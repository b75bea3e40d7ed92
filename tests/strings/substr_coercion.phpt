--TEST--
substr() coerces numbers to strings and numeric strings to ints
--FILE--
<?php
var_dump(substr(12345, 1, 2));
var_dump(substr(1.5, 0, 2));
var_dump(substr(true, 0));
var_dump(substr("hello", "1", "2"));
var_dump(substr("hello", 1.0));
var_dump(substr("hello", 1.7));
--EXPECTF--
string(2) "23"
string(2) "1."
string(1) "1"
string(2) "el"
string(4) "ello"

Deprecated: Implicit conversion from float 1.7 to int loses precision in %s on line 7
string(4) "ello"
