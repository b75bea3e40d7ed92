--TEST--
return inside a loop ends the generator
--FILE--
<?php
function firstMatch(array $xs, $pred) {
    foreach ($xs as $x) {
        if ($pred($x)) { yield $x; return "found"; }
        yield "skip $x";
    }
    return "none";
}
$g = firstMatch([1, 4, 7, 8], fn($x) => $x % 2 === 0);
foreach ($g as $v) echo $v, "\n";
echo $g->getReturn(), "\n";
--EXPECT--
skip 1
4
found
