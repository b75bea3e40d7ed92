--TEST--
two generators delegating to the same inner generator
--FILE--
<?php
function inner() { yield 1; yield 2; yield 3; }
function outer($g, $name) { foreach ([0] as $_) yield from $g; return $name; }
$in = inner();
$a = outer($in, 'a');
$b = outer($in, 'b');
echo $a->current(), "\n";
$a->next();
echo $b->current(), "\n";
$b->next();
echo $a->current(), "\n";
--EXPECT--
1
2
3
