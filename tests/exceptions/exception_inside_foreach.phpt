--TEST--
foreach loops inside a try are abandoned cleanly; loops after the catch work
--FILE--
<?php
function run() {
    $seen = [];
    try {
        foreach ([1, 2, 3] as $i) {
            foreach (["a", "b"] as $j) {
                $seen[] = "$i$j";
                if ($i === 2 && $j === "b") intdiv(1, 0);
            }
        }
    } catch (DivisionByZeroError $e) {
        $seen[] = "caught";
    }
    foreach ([7, 8] as $k) {
        foreach ([9] as $l) $seen[] = "$k$l";
    }
    return $seen;
}
echo implode_list(run()), "\n";
function implode_list($a) { $s = ""; foreach ($a as $i => $v) $s .= ($i ? "," : "") . $v; return $s; }
foreach ([1, 2] as $outer) {
    try {
        foreach ([1, 2, 3] as $inner) {
            if ($inner === 2) undefined_g();
            echo "$outer-$inner\n";
        }
    } catch (Error $e) {
        echo "caught in iteration $outer\n";
    }
}
--EXPECT--
1a,1b,2a,2b,caught,79,89
1-1
caught in iteration 1
2-1
caught in iteration 2
