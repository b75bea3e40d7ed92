--TEST--
switch uses loose (==) comparison with PHP 8 rules
--FILE--
<?php
function sw($v) {
    switch ($v) {
        case 0: return "zero";
        case "a": return "a";
        case 1.0: return "one";
        case null: return "null";
        default: return "default";
    }
}
foreach ([0, "0", "a", "1", true, false, "", null, 0.0, "abc", "1e0"] as $v) {
    echo var_export($v, true), " => ", sw($v), "\n";
}
--EXPECT--
0 => zero
'0' => zero
'a' => a
'1' => one
true => a
false => zero
'' => null
NULL => zero
0.0 => zero
'abc' => default
'1e0' => one
