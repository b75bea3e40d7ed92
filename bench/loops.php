<?php
// Nested for loops with integer arithmetic (add, mul, mod, compare).
$sum = 0;
$n = 9000;
for ($i = 0; $i < $n; $i++) {
    for ($j = 0; $j < $n; $j++) {
        $sum = ($sum + $i * $j) % 1000000007;
    }
}
echo "loops: $sum\n";
