--TEST--
ArrayIterator iteration, count, offset access and methods
--FILE--
<?php
$it = new ArrayIterator(['b' => 2, 'a' => 1, 'c' => 3]);
echo count($it), "\n";
foreach ($it as $k => $v) echo "$k=$v ";
echo "\n";
echo $it['a'], "\n";
$it['d'] = 4;
var_dump(isset($it['d']), $it->offsetExists('zz'));
$it->ksort();
print_r($it->getArrayCopy());
$it->rewind();
echo $it->key(), " ", $it->current(), "\n";
$it->next();
echo $it->key(), " ", $it->current(), "\n";
var_dump($it->valid());
$it->seek(3);
echo $it->current(), "\n";
--EXPECT--
3
b=2 a=1 c=3 
1
bool(true)
bool(false)
Array
(
    [a] => 1
    [b] => 2
    [c] => 3
    [d] => 4
)
a 1
b 2
bool(true)
4
