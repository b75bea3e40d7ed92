--TEST--
realistic program: bank ledger with globals, statics, references and formatting
--FILE--
<?php
const CURRENCY = 'USD';
define('FEE_RATE', 0.015);
$accounts = [];
$log = [];
function open_account(string $owner, $initial = 0) {
    global $accounts, $log;
    static $next = 1000;
    $id = 'AC' . $next++;
    $accounts[$id] = ['owner' => $owner, 'balance' => 0, 'history' => []];
    if ($initial) deposit($id, $initial);
    $log[] = "open $id for $owner";
    return $id;
}
function deposit(string $id, $amt) {
    global $accounts;
    if (!isset($accounts[$id])) { echo "no such account $id\n"; return false; }
    $accounts[$id]['balance'] += $amt;
    $accounts[$id]['history'][] = ['dep', $amt];
    return true;
}
function withdraw(string $id, $amt) {
    $acc = &$GLOBALS['accounts'][$id];
    $fee = round_php($amt * FEE_RATE, 2);
    if ($acc['balance'] < $amt + $fee) { $acc['history'][] = ['fail', $amt]; return false; }
    $acc['balance'] -= $amt + $fee;
    $acc['history'][] = ['wd', $amt];
    $acc['history'][] = ['fee', $fee];
    return true;
}
function round_php($x, $d) { $m = 10 ** $d; $v = $x * $m; $i = (int)($v + ($v >= 0 ? 0.5 : -0.5)); return $i / $m; }
function transfer($from, $to, $amt) { if (withdraw($from, $amt)) { deposit($to, $amt); return true; } return false; }
function pad($s, $w, $right = false) { $s = (string)$s; while (strlen($s) < $w) $s = $right ? " $s" : "$s "; return $s; }
function money($x) {
    $neg = $x < 0; $x = $neg ? -$x : $x;
    $cents = (int)round_php($x * 100, 0);
    $whole = intdiv($cents, 100); $frac = $cents % 100;
    $ws = (string)$whole; $out = '';
    for ($i = strlen($ws) - 1, $c = 0; $i >= 0; $i--, $c++) { if ($c && $c % 3 == 0) $out = ',' . $out; $out = $ws[$i] . $out; }
    return ($neg ? '-' : '') . $out . '.' . ($frac < 10 ? '0' : '') . $frac . ' ' . CURRENCY;
}
$a = open_account('Alice', 1500);
$b = open_account('Bob');
$c = open_account('Carol', 1234567.891);
deposit($b, 20.05);
var_dump(transfer($a, $b, 100), transfer($b, $a, 1000), transfer($c, $a, 99999.99));
deposit('AC9', 5);
withdraw($b, 0.1);
foreach ($accounts as $id => $acc) {
    echo pad($id, 8), pad($acc['owner'], 8), pad(money($acc['balance']), 20, true), "\n";
    foreach ($acc['history'] as [$type, $amt]) echo '    ', pad($type, 5), money($amt), "\n";
}
print_r($log);
var_dump($accounts[$b]['balance']);
$total = 0; foreach ($accounts as ['balance' => $bal]) $total += $bal;
echo "total: ", money($total), "\n";
var_dump(array_sum_like(array_map_like(fn($a) => $a['balance'], $accounts)));
function array_map_like($f, $a) { $r = []; foreach ($a as $k => $v) $r[$k] = $f($v); return $r; }
function array_sum_like($a) { $s = 0; foreach ($a as $v) $s += $v; return $s; }
--EXPECT--
bool(true)
bool(false)
bool(true)
no such account AC9
AC1000  Alice         101,398.49 USD
    dep  1,500.00 USD
    wd   100.00 USD
    fee  1.50 USD
    dep  99,999.99 USD
AC1001  Bob               119.95 USD
    dep  20.05 USD
    dep  100.00 USD
    fail 1,000.00 USD
    wd   0.10 USD
    fee  0.00 USD
AC1002  Carol       1,133,067.90 USD
    dep  1,234,567.89 USD
    wd   99,999.99 USD
    fee  1,500.00 USD
Array
(
    [0] => open AC1000 for Alice
    [1] => open AC1001 for Bob
    [2] => open AC1002 for Carol
)
float(119.95)
total: 1,234,586.34 USD
float(1234586.341)
