<?php
// Quicksort on int arrays: recursion, array reads, appends and copies
// (value semantics; no references).
function quicksort($a) {
    $n = count($a);
    if ($n < 2) {
        return $a;
    }
    $p = $a[intdiv($n, 2)];
    $less = [];
    $equal = [];
    $greater = [];
    for ($i = 0; $i < $n; $i++) {
        $v = $a[$i];
        if ($v < $p) {
            $less[] = $v;
        } elseif ($v > $p) {
            $greater[] = $v;
        } else {
            $equal[] = $v;
        }
    }
    $less = quicksort($less);
    $greater = quicksort($greater);
    $out = $less;
    $c = count($equal);
    for ($i = 0; $i < $c; $i++) {
        $out[] = $equal[$i];
    }
    $c = count($greater);
    for ($i = 0; $i < $c; $i++) {
        $out[] = $greater[$i];
    }
    return $out;
}

$n = 800000;
$a = [];
$seed = 42;
for ($i = 0; $i < $n; $i++) {
    $seed = ($seed * 1103515245 + 12345) % 2147483648;
    $a[] = $seed % 1000000;
}
$s = quicksort($a);
$ok = 1;
for ($i = 1; $i < $n; $i++) {
    if ($s[$i - 1] > $s[$i]) {
        $ok = 0;
    }
}
$check = 0;
for ($i = 0; $i < $n; $i += 1000) {
    $check = ($check * 31 + $s[$i]) % 1000000007;
}
echo "quicksort: n=" . count($s) . " sorted=$ok check=$check\n";
