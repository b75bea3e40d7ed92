--TEST--
realistic program: tokenizer and recursive-descent calculator
--FILE--
<?php
function tokenize(string $s): array {
    $toks = [];
    $i = 0; $n = strlen($s);
    while ($i < $n) {
        $c = $s[$i];
        if ($c === ' ' || $c === "\t") { $i++; continue; }
        if (($c >= '0' && $c <= '9') || $c === '.') {
            $num = '';
            while ($i < $n && (($s[$i] >= '0' && $s[$i] <= '9') || $s[$i] === '.')) { $num .= $s[$i]; $i++; }
            $toks[] = ['num', is_numeric($num) ? $num + 0 : 0];
            continue;
        }
        if ($c >= 'a' && $c <= 'z') {
            $id = '';
            while ($i < $n && $s[$i] >= 'a' && $s[$i] <= 'z') { $id .= $s[$i++]; }
            $toks[] = ['id', $id];
            continue;
        }
        if (strpos_php('+-*/%^()', $c) !== false) { $toks[] = ['op', $c]; $i++; continue; }
        $toks[] = ['err', $c]; $i++;
    }
    $toks[] = ['eof', null];
    return $toks;
}
function strpos_php($h, $n) { for ($i = 0; $i < strlen($h); $i++) if ($h[$i] === $n) return $i; return false; }
function parse_expr(array &$t, int &$p, array $vars) {
    $v = parse_term($t, $p, $vars);
    while ($t[$p][0] === 'op' && ($t[$p][1] === '+' || $t[$p][1] === '-')) {
        $op = $t[$p++][1];
        $r = parse_term($t, $p, $vars);
        $v = $op === '+' ? $v + $r : $v - $r;
    }
    return $v;
}
function parse_term(array &$t, int &$p, array $vars) {
    $v = parse_pow($t, $p, $vars);
    while ($t[$p][0] === 'op' && in_array_php($t[$p][1], ['*', '/', '%'])) {
        $op = $t[$p++][1];
        $r = parse_pow($t, $p, $vars);
        if ($op === '*') $v *= $r;
        elseif ($op === '/') $v = $r == 0 ? NAN : $v / $r;
        else $v = $r == 0 ? 0 : $v % $r;
    }
    return $v;
}
function in_array_php($x, $a) { foreach ($a as $y) if ($x === $y) return true; return false; }
function parse_pow(array &$t, int &$p, array $vars) {
    $b = parse_unary($t, $p, $vars);
    if ($t[$p][0] === 'op' && $t[$p][1] === '^') { $p++; return $b ** parse_pow($t, $p, $vars); }
    return $b;
}
function parse_unary(array &$t, int &$p, array $vars) {
    if ($t[$p][0] === 'op' && $t[$p][1] === '-') { $p++; return -parse_unary($t, $p, $vars); }
    return parse_atom($t, $p, $vars);
}
function parse_atom(array &$t, int &$p, array $vars) {
    $tok = $t[$p++];
    switch ($tok[0]) {
        case 'num': return $tok[1];
        case 'id': return $vars[$tok[1]] ?? 0;
        case 'op':
            if ($tok[1] === '(') { $v = parse_expr($t, $p, $vars); $p++; return $v; }
        default: return null;
    }
}
$exprs = ['1 + 2 * 3', '(1 + 2) * 3', '2 ^ 3 ^ 2', '-4 + x * y', '10 / 4', '10 / 0', '7 % 3 - 1.5', '2 ^ 0.5', 'x ^ 70', '1.5e3', '((((1))))+q', '3 - - 3'];
foreach ($exprs as $e) {
    $t = tokenize($e); $p = 0;
    $v = parse_expr($t, $p, ['x' => 3, 'y' => 4.5]);
    echo $e, ' = '; var_dump($v);
}
--EXPECT--
1 + 2 * 3 = int(7)
(1 + 2) * 3 = int(9)
2 ^ 3 ^ 2 = int(512)
-4 + x * y = float(9.5)
10 / 4 = float(2.5)
10 / 0 = float(NAN)
7 % 3 - 1.5 = float(-0.5)
2 ^ 0.5 = float(1.4142135623730951)
x ^ 70 = float(2.5031555049932416E+33)
1.5e3 = float(1.5)
((((1))))+q = int(1)
3 - - 3 = int(6)
