<?php
// A tour of the PHP subset minphp runs today: functions, closures,
// arrays, references, match, string interpolation and heredocs.

function greet(string $name, string $greeting = "Hello"): string {
    return "$greeting, $name!";
}

$people = ['Ada' => 1815, 'Grace' => 1906, 'Linus' => 1969];
foreach ($people as $name => $born) {
    echo greet($name), " (born $born)\n";
}

// Closures capture by value or by reference; arrow functions capture automatically.
$total = 0;
$add = function (int $n) use (&$total) { $total += $n; };
array_walk_fallback($people, $add);
$double = fn($x) => $x * 2;
echo "sum of years: $total, doubled: {$double($total)}\n";

function array_walk_fallback(array $a, callable $f): void {
    foreach ($a as $v) $f($v);
}

// Recursion, static variables and match.
function fib(int $n): int {
    static $memo = [];
    return $memo[$n] ??= $n < 2 ? $n : fib($n - 1) + fib($n - 2);
}
foreach ([10, 50, 90] as $n) {
    $size = match (true) {
        $n < 20 => 'small',
        $n < 60 => 'medium',
        default => 'large',
    };
    echo "fib($n) = ", fib($n), " ($size)\n";
}

// Destructuring, spread and named arguments.
[$first, [, $third]] = [1, [2, 3]];
function point(int $x = 0, int $y = 0, int ...$rest) { return compact_point($x, $y, count($rest)); }
function compact_point($x, $y, $n) { return "($x, $y) +$n"; }
echo point(...[1, 2, 3, 4]), ' ', point(y: $third, x: $first), "\n";

echo <<<TXT
    Heredoc: Ada was born in {$people['Ada']}, \$first is {${'first'}}
    done
    TXT;
echo "\n";
var_dump(0.1 + 0.2, "10" == "1e1", 7 <=> 3, intdiv(7, 2), 2 ** 63);
