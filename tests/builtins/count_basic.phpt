--TEST--
count of arrays, nested arrays and COUNT_RECURSIVE
--FILE--
<?php
$a = [1, [2, 3], [4, [5, 6]]];
var_dump(count([]), count($a), count($a, COUNT_RECURSIVE), count($a, 1), count([[]], COUNT_RECURSIVE), count(['a' => 1, 'b' => 2]));
--EXPECT--
int(0)
int(3)
int(9)
int(9)
int(1)
int(2)
