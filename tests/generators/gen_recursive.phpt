--TEST--
recursive generators walking a nested array
--FILE--
<?php
function flatten(array $a, $prefix = '') {
    foreach ($a as $k => $v) {
        if (is_array($v)) yield from flatten($v, "$prefix$k.");
        else yield "$prefix$k" => $v;
    }
}
$data = ['a' => 1, 'b' => ['c' => 2, 'd' => ['e' => 3]], 'f' => 4];
foreach (flatten($data) as $k => $v) echo "$k = $v\n";
--EXPECT--
a = 1
b.c = 2
b.d.e = 3
f = 4
