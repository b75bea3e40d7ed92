--TEST--
foreach by value iterates over a copy; modifying the array in the loop does not affect iteration
--FILE--
<?php
$arr = [1, 2, 3];
foreach ($arr as $k => $v) {
    $arr[] = $v * 10;
    if ($k == 0) $arr[1] = 'changed';
    echo "$k:$v ";
}
echo "\n";
print_r($arr);
--EXPECT--
0:1 1:2 2:3 
Array
(
    [0] => 1
    [1] => changed
    [2] => 3
    [3] => 10
    [4] => 20
    [5] => 30
)
