--TEST--
spreading arrays into calls, multiple spreads and mixing with positional args
--FILE--
<?php
function f($a, $b, $c) { return "$a-$b-$c"; }
$args = [1, 2, 3];
echo f(...$args), "\n";
echo f(0, ...[5, 6]), "\n";
echo f(...[1], ...[2, 3]), "\n";
function all(...$x) { return count($x); }
echo all(...[], ...[1, 2], ...[3]), "\n";
--EXPECT--
1-2-3
0-5-6
1-2-3
3
