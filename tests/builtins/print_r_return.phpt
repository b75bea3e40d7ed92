--TEST--
print_r with return=true returns the string instead of printing
--FILE--
<?php
$s = print_r([1, [2]], true);
var_dump(strlen($s));
echo $s;
var_dump(print_r("x", true), print_r(null, true), print_r(false, true), print_r(1.5, true));
var_dump(print_r("direct"));
--EXPECT--
int(82)
Array
(
    [0] => 1
    [1] => Array
        (
            [0] => 2
        )

)
string(1) "x"
string(0) ""
string(0) ""
string(3) "1.5"
directbool(true)
