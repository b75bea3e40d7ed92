--TEST--
json_encode and serialize honour serialize_precision=17
--INI--
serialize_precision=17
--FILE--
<?php
echo json_encode([0.1, 1.0, 1e25, -0.0, 1/3]), "\n";
echo serialize([0.1, 1.0, 1e25, -0.0, 1/3]), "\n";
--EXPECT--
[0.10000000000000001,1,1.0000000000000001e+25,-0,0.33333333333333331]
a:5:{i:0;d:0.10000000000000001;i:1;d:1;i:2;d:1.0000000000000001E+25;i:3;d:-0;i:4;d:0.33333333333333331;}
