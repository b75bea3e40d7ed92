--TEST--
is_nan/is_finite/is_infinite (is_* family members) are missing
--FILE--
<?php
function safe_div($a, $b) { return $b == 0 ? ($a == 0 ? NAN : ($a > 0 ? INF : -INF)) : $a / $b; }
foreach ([[1, 2], [0, 0], [1, 0], [-1, 0]] as [$a, $b]) {
    $r = safe_div($a, $b);
    echo "$a/$b: ", var_export(is_nan($r), true), ' ', var_export(is_finite($r), true), ' ', var_export(is_infinite($r), true), "\n";
}
--EXPECT--
1/2: false true false
0/0: true false false
1/0: false false true
-1/0: false false true
