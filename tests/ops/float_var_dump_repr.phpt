--TEST--
var_dump/var_export/json-like shortest float repr (serialize_precision=-1)
--FILE--
<?php
var_dump(0.1 + 0.2, 1/3, 1e15, 1e16, 1.0, -0.0, 1e-5, 0.1, 123456789012345.678, 2.5e-5, 1e21, 1e20);
var_export(0.1 + 0.2); echo "\n";
var_export(1.0); echo "\n";
var_export(-0.0); echo "\n";
print_r(0.1 + 0.2); echo "\n";
--EXPECT--
float(0.30000000000000004)
float(0.3333333333333333)
float(1000000000000000)
float(10000000000000000)
float(1)
float(-0)
float(1.0E-5)
float(0.1)
float(123456789012345.67)
float(2.5E-5)
float(1.0E+21)
float(1.0E+20)
0.30000000000000004
1.0
-0.0
0.3
