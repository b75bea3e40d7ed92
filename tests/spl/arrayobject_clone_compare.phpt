--TEST--
clone copies the storage; == compares the storages (then the properties)
--FILE--
<?php
// clone copies the storage; == compares the storages (then the properties)
$a = new ArrayObject(['k' => 1]);
$b = clone $a;
$b['k'] = 2;
$b['new'] = 3;
var_dump($a['k'], count($a), $b['k'], count($b));
var_dump($a == $b, $a == new ArrayObject(['k' => 1]), $a != new ArrayObject(['k' => 2]));
var_dump(new ArrayObject([1, 2]) < new ArrayObject([1, 3]));
$i = new ArrayIterator([1, 2, 3]);
$i->next();
$j = clone $i;
$j[] = 4;
var_dump(count($i), count($j), $i->current());
--EXPECT--
int(1)
int(1)
int(2)
int(2)
bool(false)
bool(true)
bool(true)
bool(true)
int(4)
int(4)
int(2)
