--TEST--
asort/ksort/uasort/uksort/natsort/natcasesort sort the storage, keeping keys
--FILE--
<?php
// asort/ksort/uasort/uksort/natsort/natcasesort sort the storage, keeping keys
$ao = new ArrayObject(['b' => 3, 'a' => 10, 'c' => '9', 'd' => 1]);
var_dump($ao->asort());
print_r($ao->getArrayCopy());
$ao->asort(SORT_STRING);
print_r($ao->getArrayCopy());
var_dump($ao->ksort());
print_r($ao->getArrayCopy());
$ao->uasort(fn($x, $y) => $y <=> $x);
print_r($ao->getArrayCopy());
$ao->uksort(function ($x, $y) { return strcmp($y, $x); });
print_r($ao->getArrayCopy());
$files = new ArrayIterator(['img12.png', 'img10.png', 'IMG2.png', 'img1.png']);
$files->natsort();
print_r($files->getArrayCopy());
$files->natcasesort();
print_r($files->getArrayCopy());
$files->ksort();
foreach ($files as $k => $f) echo "$k:$f ";
echo "\n";
--EXPECT--
bool(true)
Array
(
    [d] => 1
    [b] => 3
    [c] => 9
    [a] => 10
)
Array
(
    [d] => 1
    [a] => 10
    [b] => 3
    [c] => 9
)
bool(true)
Array
(
    [a] => 10
    [b] => 3
    [c] => 9
    [d] => 1
)
Array
(
    [a] => 10
    [c] => 9
    [b] => 3
    [d] => 1
)
Array
(
    [d] => 1
    [c] => 9
    [b] => 3
    [a] => 10
)
Array
(
    [2] => IMG2.png
    [3] => img1.png
    [1] => img10.png
    [0] => img12.png
)
Array
(
    [3] => img1.png
    [2] => IMG2.png
    [1] => img10.png
    [0] => img12.png
)
0:img12.png 1:img10.png 2:IMG2.png 3:img1.png 
