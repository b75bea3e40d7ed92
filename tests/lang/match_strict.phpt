--TEST--
match compares strictly and returns a value; multiple conditions per arm
--FILE--
<?php
function m($v) {
    return match ($v) {
        1, 2 => "one or two",
        "1" => "string one",
        true => "true",
        null => "null",
        default => "default",
    };
}
foreach ([1, 2, "1", true, null, 1.0, "x"] as $v) echo var_export($v, true), " => ", m($v), "\n";
echo match (true) { 5 > 10 => "a", 5 > 3 => "b", default => "c" }, "\n";
--EXPECT--
1 => one or two
2 => one or two
'1' => string one
true => true
NULL => null
1.0 => default
'x' => default
b
