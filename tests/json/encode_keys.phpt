--TEST--
json_encode: object keys are escaped like strings; integer keys are quoted
--FILE--
<?php
echo json_encode(["a\"b" => 1, "é" => 2, "" => 3, 5 => 4, -3 => 5, "tab\t" => 6, "/" => 7]), "\n";
echo json_encode([PHP_INT_MIN => 1, PHP_INT_MAX => 2]), "\n";
--EXPECT--
{"a\"b":1,"\u00e9":2,"":3,"5":4,"-3":5,"tab\t":6,"\/":7}
{"-9223372036854775808":1,"9223372036854775807":2}
