--TEST--
a pipeline of map/filter generators
--FILE--
<?php
function from(iterable $it) { foreach ($it as $k => $v) yield $k => $v; }
function map(callable $f, iterable $it) { foreach ($it as $k => $v) yield $k => $f($v); }
function filter(callable $p, iterable $it) { foreach ($it as $k => $v) if ($p($v)) yield $k => $v; }
function chunk(int $n, iterable $it) {
    $buf = [];
    foreach ($it as $v) { $buf[] = $v; if (count($buf) === $n) { yield $buf; $buf = []; } }
    if ($buf) yield $buf;
}
$pipe = chunk(2, filter(fn($x) => $x % 3 !== 0, map(fn($x) => $x * $x, from(range(1, 10)))));
foreach ($pipe as $i => $c) echo $i, ": ", implode(" ", $c), "\n";
--EXPECT--
0: 1 4
1: 16 25
2: 49 64
3: 100
