--TEST--
iterator_to_array and iterator_count with keys and preserve_keys
--FILE--
<?php
function gen() { yield 'a' => 1; yield 'a' => 2; yield 'b' => 3; }
print_r(iterator_to_array(gen()));
print_r(iterator_to_array(gen(), false));
echo iterator_count(gen()), "\n";
$it = new ArrayIterator([5 => 'x', 9 => 'y']);
print_r(iterator_to_array($it));
print_r(iterator_to_array($it, false));
echo iterator_count($it), "\n";
print_r(iterator_to_array([1, 2]));
--EXPECT--
Array
(
    [a] => 2
    [b] => 3
)
Array
(
    [0] => 1
    [1] => 2
    [2] => 3
)
3
Array
(
    [5] => x
    [9] => y
)
Array
(
    [0] => x
    [1] => y
)
2
Array
(
    [0] => 1
    [1] => 2
)
