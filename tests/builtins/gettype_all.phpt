--TEST--
gettype names for every type
--FILE--
<?php
foreach ([null, true, 1, 1.5, "s", []] as $v) echo gettype($v), "\n";
--EXPECT--
NULL
boolean
integer
double
string
array
