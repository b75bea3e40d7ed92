--TEST--
json_encode: null, bools, ints and plain strings
--FILE--
<?php
foreach ([null, true, false, 0, -1, 42, PHP_INT_MAX, PHP_INT_MIN, "", "abc", "with space", "0", "12"] as $v) {
    var_dump(json_encode($v));
}
--EXPECT--
string(4) "null"
string(4) "true"
string(5) "false"
string(1) "0"
string(2) "-1"
string(2) "42"
string(19) "9223372036854775807"
string(20) "-9223372036854775808"
string(2) """"
string(5) ""abc""
string(12) ""with space""
string(3) ""0""
string(4) ""12""
