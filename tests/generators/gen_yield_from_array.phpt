--TEST--
yield from an array keeps its keys
--FILE--
<?php
function g() {
    yield 0 => 'start';
    yield from ['a' => 1, 'b' => 2];
    yield from [10, 20];
    yield 'end';
}
foreach (g() as $k => $v) echo var_export($k, true), " => $v\n";
print_r(iterator_to_array(g(), false));
--EXPECT--
0 => start
'a' => 1
'b' => 2
0 => 10
1 => 20
1 => end
Array
(
    [0] => start
    [1] => 1
    [2] => 2
    [3] => 10
    [4] => 20
    [5] => end
)
