--TEST--
var_export of scalars: quoting, escapes, floats, null and bools
--FILE--
<?php
var_export(null); echo "\n";
var_export(true); echo "\n";
var_export(false); echo "\n";
var_export(42); echo "\n";
var_export(-1); echo "\n";
var_export(1.5); echo "\n";
var_export(2.0); echo "\n";
var_export(0.1 + 0.2); echo "\n";
var_export(1e100); echo "\n";
var_export("it's"); echo "\n";
var_export("back\\slash"); echo "\n";
var_export("line\nbreak"); echo "\n";
var_export("nul\0byte"); echo "\n";
var_export(PHP_INT_MIN); echo "\n";
--EXPECT--
NULL
true
false
42
-1
1.5
2.0
0.30000000000000004
1.0E+100
'it\'s'
'back\\slash'
'line
break'
'nul' . "\0" . 'byte'
-9223372036854775807-1
