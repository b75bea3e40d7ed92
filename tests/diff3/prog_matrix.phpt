--TEST--
realistic program: matrix multiplication and determinants
--FILE--
<?php
function mat_mul(array $a, array $b): array {
    $n = count($a); $m = count($b[0]); $k = count($b);
    $r = [];
    for ($i = 0; $i < $n; $i++) for ($j = 0; $j < $m; $j++) {
        $s = 0;
        for ($t = 0; $t < $k; $t++) $s += $a[$i][$t] * $b[$t][$j];
        $r[$i][$j] = $s;
    }
    return $r;
}
function det(array $m) {
    $n = count($m);
    if ($n == 1) return $m[0][0];
    if ($n == 2) return $m[0][0] * $m[1][1] - $m[0][1] * $m[1][0];
    $d = 0;
    for ($c = 0; $c < $n; $c++) {
        $sub = [];
        for ($i = 1; $i < $n; $i++) { $row = []; for ($j = 0; $j < $n; $j++) if ($j != $c) $row[] = $m[$i][$j]; $sub[] = $row; }
        $d += ($c % 2 ? -1 : 1) * $m[0][$c] * det($sub);
    }
    return $d;
}
function det_gauss(array $m) {
    $n = count($m); $det = 1.0;
    for ($i = 0; $i < $n; $i++) {
        $p = $i;
        for ($r = $i + 1; $r < $n; $r++) if (abs_php($m[$r][$i]) > abs_php($m[$p][$i])) $p = $r;
        if ($m[$p][$i] == 0) return 0.0;
        if ($p != $i) { [$m[$p], $m[$i]] = [$m[$i], $m[$p]]; $det = -$det; }
        $det *= $m[$i][$i];
        for ($r = $i + 1; $r < $n; $r++) {
            $f = $m[$r][$i] / $m[$i][$i];
            for ($c = $i; $c < $n; $c++) $m[$r][$c] -= $f * $m[$i][$c];
        }
    }
    return $det;
}
function abs_php($x) { return $x < 0 ? -$x : $x; }
function show(array $m) { foreach ($m as $row) { $line = ''; foreach ($row as $j => $v) $line .= ($j ? ' ' : '') . $v; echo "[$line]\n"; } }
$a = [[1, 2, 3], [4, 5, 6]];
$b = [[7, 8], [9, 10], [11, 12]];
show(mat_mul($a, $b));
show(mat_mul($b, $a));
$m = [[2, -3, 1], [2, 0, -1], [1, 4, 5]];
var_dump(det($m), det_gauss($m));
$h = [];
for ($i = 0; $i < 5; $i++) for ($j = 0; $j < 5; $j++) $h[$i][$j] = 1 / ($i + $j + 1);
var_dump(det($h), det_gauss($h));
$id = [[1,0],[0,1]];
$r = [[0.5, 1.5], [2.5, -1]];
show(mat_mul($r, $id));
$p = $r; for ($i = 0; $i < 10; $i++) $p = mat_mul($p, $r);
print_r($p);
var_dump(det([[PHP_INT_MAX, 2], [3, 4]]));
var_dump(det([[1,2],[2,4]]), det_gauss([[1,2],[2,4]]));
--EXPECT--
[58 64]
[139 154]
[39 54 69]
[49 68 87]
[59 82 105]
int(49)
float(48.99999999999999)
float(3.749295130756446E-12)
float(3.7492951325152245E-12)
[0.5 1.5]
[2.5 -1]
Array
(
    [0] => Array
        (
            [0] => -2940.5927734375
            [1] => 4179.0131835938
        )

    [1] => Array
        (
            [0] => 6965.0219726562
            [1] => -7119.6059570312
        )

)
float(3.6893488147419103E+19)
int(0)
float(0)
