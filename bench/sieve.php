<?php
// Sieve of Eratosthenes on an array of bools, repeated.
function sieve($n) {
    $flags = [];
    for ($i = 0; $i <= $n; $i++) {
        $flags[] = true;
    }
    $flags[0] = false;
    $flags[1] = false;
    for ($i = 2; $i * $i <= $n; $i++) {
        if ($flags[$i]) {
            for ($j = $i * $i; $j <= $n; $j += $i) {
                $flags[$j] = false;
            }
        }
    }
    $count = 0;
    for ($i = 0; $i <= $n; $i++) {
        if ($flags[$i]) {
            $count++;
        }
    }
    return $count;
}

$total = 0;
for ($r = 0; $r < 30; $r++) {
    $total += sieve(500000);
}
echo "sieve: $total\n";
