--TEST--
ini_set('precision'/'serialize_precision') changes float to string / var_dump output
--FILE--
<?php
ini_set('precision', 17);
echo 0.1, "\n";
ini_set('precision', 3);
echo 1234.5678, " ", (string)0.000123456, "\n";
ini_set('serialize_precision', 5);
var_dump(1234.5678);
var_export(0.1 + 0.2);
echo "\n";
--EXPECT--
0.10000000000000001
1.23E+3 0.000123
float(1234.6)
0.3
