--TEST--
switch fallthrough, default in the middle, duplicate cases
--FILE--
<?php
function s($v) {
    $out = "";
    switch ($v) {
        case 1: $out .= "1";
        case 2: $out .= "2"; break;
        default: $out .= "D";
        case 3: $out .= "3";
        case 3: $out .= "3b"; break;
        case 4: $out .= "4";
    }
    return $out;
}
foreach ([1, 2, 3, 4, 5] as $v) echo "$v: ", s($v), "\n";
switch (1) { }
switch (2) { default: echo "only default\n"; }
--EXPECT--
1: 12
2: 2
3: 33b
4: 4
5: D33b
only default
