--TEST--
realistic program: merge/heap/insertion/quick sort on ints and strings
--FILE--
<?php
function merge_sort(array $a, callable $cmp): array {
    $n = count($a);
    if ($n <= 1) return $a;
    $mid = intdiv($n, 2);
    $l = []; $r = [];
    for ($i = 0; $i < $n; $i++) { if ($i < $mid) $l[] = $a[$i]; else $r[] = $a[$i]; }
    $l = merge_sort($l, $cmp); $r = merge_sort($r, $cmp);
    $out = []; $i = $j = 0;
    while ($i < count($l) && $j < count($r)) $out[] = $cmp($l[$i], $r[$j]) <= 0 ? $l[$i++] : $r[$j++];
    while ($i < count($l)) $out[] = $l[$i++];
    while ($j < count($r)) $out[] = $r[$j++];
    return $out;
}
function heapify(array &$a, int $n, int $i) {
    $largest = $i; $l = 2 * $i + 1; $r = $l + 1;
    if ($l < $n && $a[$l] > $a[$largest]) $largest = $l;
    if ($r < $n && $a[$r] > $a[$largest]) $largest = $r;
    if ($largest != $i) { $t = $a[$i]; $a[$i] = $a[$largest]; $a[$largest] = $t; heapify($a, $n, $largest); }
}
function heap_sort(array $a): array {
    $n = count($a);
    for ($i = intdiv($n, 2) - 1; $i >= 0; $i--) heapify($a, $n, $i);
    for ($i = $n - 1; $i > 0; $i--) { [$a[0], $a[$i]] = [$a[$i], $a[0]]; heapify($a, $i, 0); }
    return $a;
}
function insertion_sort(array &$a) {
    for ($i = 1; $i < count($a); $i++) {
        $x = $a[$i]; $j = $i - 1;
        while ($j >= 0 && $a[$j] > $x) { $a[$j + 1] = $a[$j]; $j--; }
        $a[$j + 1] = $x;
    }
}
function quick(array $a) {
    if (count($a) < 2) return $a;
    $p = $a[0]; $lo = $hi = $eq = [];
    foreach ($a as $v) { if ($v < $p) $lo[] = $v; elseif ($v > $p) $hi[] = $v; else $eq[] = $v; }
    return [...quick($lo), ...$eq, ...quick($hi)];
}
function dump($a) { $s = ''; foreach ($a as $v) $s .= var_export($v, true) . ','; echo $s, "\n"; }
$seed = 42;
$rand = function () use (&$seed) { $seed = ($seed * 1103515245 + 12345) % 2147483648; return $seed % 1000; };
$ints = []; for ($i = 0; $i < 30; $i++) $ints[] = $rand() - 500;
dump(merge_sort($ints, fn($x, $y) => $x <=> $y));
dump(heap_sort($ints));
$c = $ints; insertion_sort($c); dump($c);
dump(quick($ints));
$strs = ['banana', 'Apple', 'cherry', '10', '9', 'apple', '', 'b', 'Banana', '1e1', 'abc', 'ab'];
dump(merge_sort($strs, fn($x, $y) => strcmp_php($x, $y)));
dump(heap_sort($strs));
$c = $strs; insertion_sort($c); dump($c);
dump(merge_sort($strs, fn($a, $b) => strlen($a) - strlen($b) ?: ($a < $b ? -1 : ($a > $b ? 1 : 0))));
function strcmp_php($a, $b) { $n = min_php(strlen($a), strlen($b)); for ($i = 0; $i < $n; $i++) { if ($a[$i] !== $b[$i]) return $a[$i] < $b[$i] ? -1 : 1; } return strlen($a) - strlen($b); }
function min_php($a, $b) { return $a < $b ? $a : $b; }
$mixed = [3, '3', 2.5, '10', 'x', true, null, -1];
$c = $mixed; insertion_sort($c); var_dump($c);
dump(merge_sort([1.5, -0.0, 0, 1e20, -1e-5, PHP_INT_MAX, PHP_INT_MIN], fn($a, $b) => $a <=> $b));
--EXPECT--
-500,-473,-358,-347,-281,-236,-234,-167,-120,-66,-64,-53,-43,-41,-9,16,20,32,59,113,170,203,235,252,253,258,306,365,393,414,
-500,-473,-358,-347,-281,-236,-234,-167,-120,-66,-64,-53,-43,-41,-9,16,20,32,59,113,170,203,235,252,253,258,306,365,393,414,
-500,-473,-358,-347,-281,-236,-234,-167,-120,-66,-64,-53,-43,-41,-9,16,20,32,59,113,170,203,235,252,253,258,306,365,393,414,
-500,-473,-358,-347,-281,-236,-234,-167,-120,-66,-64,-53,-43,-41,-9,16,20,32,59,113,170,203,235,252,253,258,306,365,393,414,
'','10','1e1','9','Apple','Banana','ab','abc','apple','b','banana','cherry',
'','9','10','1e1','Apple','Banana','ab','abc','apple','b','banana','cherry',
'','9','10','1e1','Apple','Banana','ab','abc','apple','b','banana','cherry',
'','9','b','10','ab','1e1','abc','Apple','apple','Banana','banana','cherry',
array(8) {
  [0]=>
  NULL
  [1]=>
  float(2.5)
  [2]=>
  int(3)
  [3]=>
  string(1) "3"
  [4]=>
  string(2) "10"
  [5]=>
  string(1) "x"
  [6]=>
  bool(true)
  [7]=>
  int(-1)
}
-9223372036854775807-1,-1.0E-5,-0.0,0,1.5,9223372036854775807,1.0E+20,
