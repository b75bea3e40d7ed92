--TEST--
json_encode: JSON_NUMERIC_CHECK turns numeric strings into numbers, but not keys
--FILE--
<?php
echo json_encode(["1", "-5", "1.5", "1e3", " 12", "12 ", "0x1A", "1e999", "", "abc", "007", "-0", ".5", "9223372036854775808"], JSON_NUMERIC_CHECK), "\n";
echo json_encode(["12" => "34", "a" => "5.0"], JSON_NUMERIC_CHECK), "\n";
echo json_encode(["1.0"], JSON_NUMERIC_CHECK | JSON_PRESERVE_ZERO_FRACTION), "\n";
--EXPECT--
[1,-5,1.5,1000,12,12,"0x1A","1e999","","abc",7,0,0.5,9.223372036854776e+18]
{"12":34,"a":5}
[1.0]
