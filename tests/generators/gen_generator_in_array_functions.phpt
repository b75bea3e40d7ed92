--TEST--
generators passed to functions that accept iterables
--FILE--
<?php
function squares($n) { for ($i = 1; $i <= $n; $i++) yield $i => $i * $i; }
function sum(iterable $it) { $t = 0; foreach ($it as $v) $t += $v; return $t; }
echo sum(squares(4)), "\n";
echo implode(",", iterator_to_array(squares(3))), "\n";
echo iterator_count(squares(6)), "\n";
echo array_sum(iterator_to_array(squares(3))), "\n";
$arr = [...squares(3)];
print_r($arr);
function strKeys() { yield 'a' => 1; yield 'b' => 2; }
print_r([...strKeys()]);
--EXPECT--
30
1,4,9
6
14
Array
(
    [0] => 1
    [1] => 4
    [2] => 9
)
Array
(
    [a] => 1
    [b] => 2
)
