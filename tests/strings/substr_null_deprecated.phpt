--TEST--
substr() with null for a non-nullable parameter is deprecated
--FILE--
<?php
var_dump(substr(null, 0));
var_dump(substr("abc", null));
var_dump(substr("abc", 0, null));
--EXPECTF--

Deprecated: substr(): Passing null to parameter #1 ($string) of type string is deprecated in %s on line 2
string(0) ""

Deprecated: substr(): Passing null to parameter #2 ($offset) of type int is deprecated in %s on line 3
string(3) "abc"
string(3) "abc"
