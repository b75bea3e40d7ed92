<?php
// String-keyed associative array: insert, lookup, update.
$n = 200000;
$h = [];
for ($i = 0; $i < $n; $i++) {
    $h["key" . $i] = $i;
}
$sum = 0;
for ($r = 0; $r < 14; $r++) {
    for ($i = 0; $i < $n; $i++) {
        $k = "key" . (($i * 7919 + $r) % $n);
        $sum += $h[$k];
        $h[$k] = $h[$k] + 1;
    }
}
// Overwrite existing keys and add new ones with a different prefix.
for ($i = 0; $i < $n; $i += 2) {
    $h["key" . $i] = 0;
    $h["new" . $i] = $i;
}
$sum2 = 0;
for ($i = 0; $i < $n; $i++) {
    $sum2 += $h["key" . $i];
}
echo "assoc: count=" . count($h) . " sum=$sum sum2=$sum2\n";
