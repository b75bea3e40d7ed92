<?php
// Fill a list with $a[] = ..., sum it, then do int-key lookups.
$n = 4000000;
$a = [];
for ($i = 0; $i < $n; $i++) {
    $a[] = ($i * 7) % 1000;
}
$sum = 0;
$c = count($a);
for ($i = 0; $i < $c; $i++) {
    $sum += $a[$i];
}
$look = 0;
$k = 0;
for ($i = 0; $i < $n + 1000000; $i++) {
    $k = ($k * 31 + 17) % $c;
    $look += $a[$k];
}
echo "array_fill_sum: count=$c sum=$sum look=$look\n";
