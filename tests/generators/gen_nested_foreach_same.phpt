--TEST--
iterating one generator in nested loops shares its state
--FILE--
<?php
function g() { yield 1; yield 2; yield 3; yield 4; }
$gen = g();
foreach ($gen as $a) {
    echo "outer $a\n";
    $gen->next();
    echo "skipped to ", $gen->current(), "\n";
}
--EXPECT--
outer 1
skipped to 2
outer 3
skipped to 4
