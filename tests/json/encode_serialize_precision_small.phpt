--TEST--
json_encode and serialize with serialize_precision=0 and 3 (zend_gcvt forms)
--FILE--
<?php
ini_set("serialize_precision", "0");
echo json_encode([0.0, 1.5, 0.5, 0.05, 123.0, -0.0, 1e-5, 1e25]), "\n";
echo serialize(1.5), serialize(0.0), serialize(0.05), "\n";
ini_set("serialize_precision", "3");
echo json_encode([0.0, 1.5, 3.14159, 1234.5, 0.000123, 1e25]), "\n";
echo serialize(3.14159), serialize(1234.5), "\n";
--EXPECT--
[0.0e+0,2.0e+0,0.5,0.05,1.0e+2,-0.0e+0,1.0e-5,1.0e+25]
d:2.0E+0;d:0.0E+0;d:0.05;
[0,1.5,3.14,1.23e+3,0.000123,1.0e+25]
d:3.14;d:1.23E+3;
