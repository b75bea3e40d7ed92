--TEST--
json_encode: JSON_PARTIAL_OUTPUT_ON_ERROR writes null for bad values and "" for bad keys
--FILE--
<?php
var_dump(json_encode(["a", "b\xff", "c"], JSON_PARTIAL_OUTPUT_ON_ERROR), json_last_error());
var_dump(json_encode(["k\xff" => 1, "x" => NAN], JSON_PARTIAL_OUTPUT_ON_ERROR), json_last_error());
var_dump(json_encode("\xff", JSON_PARTIAL_OUTPUT_ON_ERROR), json_last_error());
var_dump(json_encode(["k\xff" => 1, "x" => 2]), json_last_error());
var_dump(json_encode([[1, "\xff"], 2], JSON_PARTIAL_OUTPUT_ON_ERROR | JSON_PRETTY_PRINT));
--EXPECT--
string(14) "["a",null,"c"]"
int(5)
string(12) "{"":1,"x":0}"
int(7)
string(4) "null"
int(5)
bool(false)
int(5)
string(46) "[
    [
        1,
        null
    ],
    2
]"
