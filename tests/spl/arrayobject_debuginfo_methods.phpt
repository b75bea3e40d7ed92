--TEST--
the public methods of the SPL array classes and __debugInfo()
--FILE--
<?php
// the public methods of the SPL array classes and __debugInfo()
$ao = new ArrayObject(['k' => 'v']);
$d = $ao->__debugInfo();
foreach ($d as $k => $v) echo str_replace("\0", '\0', $k), "\n";
var_dump(method_exists($ao, 'getIterator'), method_exists($ao, 'seek'), method_exists('ArrayIterator', 'seek'));
var_dump($ao instanceof IteratorAggregate, $ao instanceof Traversable, $ao instanceof Iterator);
$it = new ArrayIterator([]);
var_dump($it instanceof Iterator, $it instanceof SeekableIterator, $it instanceof Countable, $it instanceof ArrayAccess);
var_dump(interface_exists('SeekableIterator'), class_exists('ArrayObject'), get_parent_class($it));
--EXPECT--
\0ArrayObject\0storage
bool(true)
bool(false)
bool(true)
bool(true)
bool(true)
bool(false)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(false)
