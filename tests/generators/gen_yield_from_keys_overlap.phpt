--TEST--
keys from yield from are not renumbered
--FILE--
<?php
function a() { yield 1; yield 2; }
function b() { yield from a(); yield 3; yield from a(); }
foreach (b() as $k => $v) echo "$k=$v ";
echo "\n";
print_r(iterator_to_array(b()));
print_r(iterator_to_array(b(), false));
--EXPECT--
0=1 1=2 0=3 0=1 1=2 
Array
(
    [0] => 1
    [1] => 2
)
Array
(
    [0] => 1
    [1] => 2
    [2] => 3
    [3] => 1
    [4] => 2
)
