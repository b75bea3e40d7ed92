--TEST--
yield $k => $v with any key types
--FILE--
<?php
function pairs() {
    yield 'name' => 'ann';
    yield 1.5 => 'float key';
    yield null => 'null key';
    yield [1, 2] => 'array key';
    $o = new stdClass;
    yield $o => 'object key';
}
foreach (pairs() as $k => $v) echo gettype($k), ": $v\n";
$arr = iterator_to_array((function () { yield 'a' => 1; yield 'b' => 2; yield 'a' => 3; })());
print_r($arr);
--EXPECT--
string: ann
double: float key
NULL: null key
array: array key
object: object key
Array
(
    [a] => 3
    [b] => 2
)
