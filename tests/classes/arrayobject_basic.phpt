--TEST--
ArrayObject as an array wrapper
--FILE--
<?php
$ao = new ArrayObject([3, 1, 2]);
$ao[] = 5;
echo count($ao), "\n";
foreach ($ao as $k => $v) echo "$k:$v ";
echo "\n";
$ao->asort();
print_r($ao->getArrayCopy());
unset($ao[0]);
var_dump(isset($ao[0]), $ao->offsetExists(1));
$ao->append(9);
echo implode(",", (array) $ao), "\n";
echo get_class($ao->getIterator()), "\n";
var_dump($ao instanceof IteratorAggregate, $ao instanceof ArrayAccess, $ao instanceof Countable);
--EXPECT--
4
0:3 1:1 2:2 3:5 
Array
(
    [1] => 1
    [2] => 2
    [0] => 3
    [3] => 5
)
bool(false)
bool(true)
1,2,5,9
ArrayIterator
bool(true)
bool(true)
bool(true)
