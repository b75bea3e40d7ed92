--TEST--
realistic program: dynamic programming: LCS, edit distance, knapsack, memoized closure
--FILE--
<?php
function lcs(string $a, string $b): string {
    $m = strlen($a); $n = strlen($b);
    $L = array_fill_php($m + 1, array_fill_php($n + 1, 0));
    for ($i = 1; $i <= $m; $i++) for ($j = 1; $j <= $n; $j++)
        $L[$i][$j] = $a[$i-1] === $b[$j-1] ? $L[$i-1][$j-1] + 1 : ($L[$i-1][$j] >= $L[$i][$j-1] ? $L[$i-1][$j] : $L[$i][$j-1]);
    $r = ''; $i = $m; $j = $n;
    while ($i > 0 && $j > 0) {
        if ($a[$i-1] === $b[$j-1]) { $r = $a[$i-1] . $r; $i--; $j--; }
        elseif ($L[$i-1][$j] >= $L[$i][$j-1]) $i--; else $j--;
    }
    return $r;
}
function array_fill_php($n, $v) { $r = []; for ($i = 0; $i < $n; $i++) $r[] = $v; return $r; }
function edit_distance($a, $b) {
    $prev = []; for ($j = 0; $j <= strlen($b); $j++) $prev[$j] = $j;
    for ($i = 1; $i <= strlen($a); $i++) {
        $cur = [$i];
        for ($j = 1; $j <= strlen($b); $j++) {
            $cost = $a[$i-1] == $b[$j-1] ? 0 : 1;
            $cur[$j] = min3($prev[$j] + 1, $cur[$j-1] + 1, $prev[$j-1] + $cost);
        }
        $prev = $cur;
    }
    return $prev[strlen($b)];
}
function min3(...$xs) { $m = $xs[0]; foreach ($xs as $x) if ($x < $m) $m = $x; return $m; }
function knapsack(array $items, int $cap): array {
    $best = array_fill_php($cap + 1, 0); $take = [];
    foreach ($items as $idx => ['w' => $w, 'v' => $v]) {
        for ($c = $cap; $c >= $w; $c--) {
            if ($best[$c - $w] + $v > $best[$c]) { $best[$c] = $best[$c - $w] + $v; $take[$idx][$c] = true; }
        }
    }
    $chosen = []; $c = $cap;
    for ($idx = count($items) - 1; $idx >= 0; $idx--) if (isset($take[$idx][$c])) { $chosen[] = $items[$idx]['name']; $c -= $items[$idx]['w']; }
    return [$best[$cap], $chosen];
}
function coin_ways(array $coins, int $amt) { $w = [1]; for ($i = 1; $i <= $amt; $i++) $w[$i] = 0; foreach ($coins as $c) for ($i = $c; $i <= $amt; $i++) $w[$i] += $w[$i - $c]; return $w[$amt]; }
function lis(array $a) { $tails = []; foreach ($a as $x) { $lo = 0; $hi = count($tails); while ($lo < $hi) { $m = ($lo + $hi) >> 1; if ($tails[$m] < $x) $lo = $m + 1; else $hi = $m; } $tails[$lo] = $x; } return count($tails); }
var_dump(lcs('AGGTAB', 'GXTXAYB'), lcs('', 'abc'), lcs('abcdef', 'acf'), lcs('thisisatest', 'testing123testing'));
foreach ([['kitten', 'sitting'], ['flaw', 'lawn'], ['', 'abc'], ['same', 'same'], ['intention', 'execution']] as [$x, $y]) echo "$x/$y: ", edit_distance($x, $y), "\n";
$items = [['name' => 'map', 'w' => 9, 'v' => 150], ['name' => 'compass', 'w' => 13, 'v' => 35], ['name' => 'water', 'w' => 153, 'v' => 200], ['name' => 'sandwich', 'w' => 50, 'v' => 160], ['name' => 'glucose', 'w' => 15, 'v' => 60], ['name' => 'tin', 'w' => 68, 'v' => 45], ['name' => 'banana', 'w' => 27, 'v' => 60], ['name' => 'apple', 'w' => 39, 'v' => 40]];
print_r(knapsack($items, 200));
var_dump(coin_ways([1, 2, 5, 10, 20, 50, 100, 200], 200), coin_ways([2], 3));
var_dump(lis([10, 9, 2, 5, 3, 7, 101, 18]), lis([]), lis([3, 3, 3]));
$memo = [];
$fibm = function ($n) use (&$fibm, &$memo) { if ($n < 2) return $n; return $memo[$n] ??= $fibm($n - 1) + $fibm($n - 2); };
var_dump($fibm(90), $fibm(93), count($memo));
--EXPECT--
string(4) "GTAB"
string(0) ""
string(3) "acf"
string(7) "tsitest"
kitten/sitting: 3
flaw/lawn: 2
/abc: 3
same/same: 0
intention/execution: 5
Array
(
    [0] => 510
    [1] => Array
        (
            [0] => banana
            [1] => tin
            [2] => glucose
            [3] => sandwich
            [4] => compass
            [5] => map
        )

)
int(73682)
int(0)
int(4)
int(0)
int(1)
int(2880067194370816120)
float(1.2200160415121877E+19)
int(92)
