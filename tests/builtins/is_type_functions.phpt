--TEST--
is_int/is_integer/is_long/is_float/is_double/is_string/is_bool/is_array/is_null
--FILE--
<?php
$vals = [1, 1.0, "1", true, [], null];
foreach ($vals as $v) {
    echo var_export($v, true), ": ",
        (int)is_int($v), (int)is_integer($v), (int)is_long($v), (int)is_float($v), (int)is_double($v),
        (int)is_string($v), (int)is_bool($v), (int)is_array($v), (int)is_null($v), "\n";
}
--EXPECT--
1: 111000000
1.0: 000110000
'1': 000001000
true: 000000100
array (
): 000000010
NULL: 000000001
