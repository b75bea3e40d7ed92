<?php
// Recursive Fibonacci: function-call heavy (call/return, int compare, add).
function fib($n) {
    if ($n < 2) {
        return $n;
    }
    return fib($n - 1) + fib($n - 2);
}

$n = 36;
$r = fib($n);
echo "fib($n) = $r\n";
