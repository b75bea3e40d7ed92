--TEST--
list() with keys, refs, nesting; then an empty list
--FILE--
<?php
$arr = ['a' => 1, 'b' => [2, 3]];
list('a' => $a, 'b' => list($b, &$c)) = $arr;
[, $d] = [4, 5];
echo $a, $b, $c, $d, "\n";
list() = $x;
--EXPECTF--

Fatal error: Cannot use empty list in %s on line 6
