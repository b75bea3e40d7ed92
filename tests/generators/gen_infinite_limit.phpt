--TEST--
an infinite generator consumed with a limit
--FILE--
<?php
function naturals() { $i = 1; while (true) yield $i++; }
function take($gen, $n) { if ($n <= 0) return; foreach ($gen as $k => $v) { yield $k => $v; if (--$n <= 0) return; } }
foreach (take(naturals(), 5) as $v) echo $v, " ";
echo "\n";
function fib() { [$a, $b] = [0, 1]; while (true) { yield $a; [$a, $b] = [$b, $a + $b]; } }
$out = [];
foreach (fib() as $f) { if ($f > 100) break; $out[] = $f; }
echo implode(",", $out), "\n";
--EXPECT--
1 2 3 4 5 
0,1,1,2,3,5,8,13,21,34,55,89
