--TEST--
deeply nested yield from
--FILE--
<?php
function leaf($n) { yield "leaf$n"; return $n; }
function mid($n) { $a = yield from leaf($n); $b = yield from leaf($n + 1); return $a + $b; }
function top() { $s = yield from mid(1); $t = yield from mid(10); return "$s,$t"; }
$g = top();
foreach ($g as $v) echo $v, " ";
echo "\n", $g->getReturn(), "\n";
--EXPECT--
leaf1 leaf2 leaf10 leaf11 
3,21
