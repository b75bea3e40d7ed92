--TEST--
json_decode: literals, strings and surrounding whitespace
--FILE--
<?php
foreach (['null', 'true', 'false', '"str"', '""', ' 1 ', "\t\r\n\"x\"\n", '0', '-0'] as $j) {
    var_dump(json_decode($j));
}
--EXPECT--
NULL
bool(true)
bool(false)
string(3) "str"
string(0) ""
int(1)
string(1) "x"
int(0)
int(0)
