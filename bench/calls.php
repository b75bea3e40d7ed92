<?php
// Many calls of small functions taking 2-3 arguments.
function add($a, $b) {
    return $a + $b;
}
function mul3($a, $b, $c) {
    return $a * $b + $c;
}
function clamp($x, $lo, $hi) {
    if ($x < $lo) {
        return $lo;
    }
    if ($x > $hi) {
        return $hi;
    }
    return $x;
}
function mix($a, $b) {
    return add($a, $b) % 1000003;
}

$acc = 0;
$n = 9000000;
for ($i = 0; $i < $n; $i++) {
    $acc = add($acc, $i);
    $acc = mul3($acc, 3, $i) % 1000003;
    $acc = mix($acc, clamp($i, 100, 900000));
}
echo "calls: $acc\n";
