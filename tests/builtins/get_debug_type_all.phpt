--TEST--
get_debug_type names for every type
--FILE--
<?php
foreach ([null, true, 1, 1.5, "s", [], -0.0] as $v) echo get_debug_type($v), "\n";
--EXPECT--
null
bool
int
float
string
array
float
