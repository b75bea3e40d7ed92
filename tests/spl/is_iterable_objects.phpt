--TEST--
is_iterable(): arrays and Traversable objects (generators, Iterator, IteratorAggregate, ArrayObject)
--FILE--
<?php
// is_iterable(): arrays and Traversable objects (generators, Iterator, IteratorAggregate, ArrayObject)
function gen() { yield 1; }
class Agg implements IteratorAggregate { public function getIterator(): Iterator { return new ArrayIterator([]); } }
$values = [[], [1], gen(), new ArrayIterator([]), new ArrayObject([]), new Agg, new stdClass, "abc", 1, null, fn() => 1];
foreach ($values as $v) var_dump(is_iterable($v));
--EXPECT--
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(false)
bool(false)
bool(false)
bool(false)
bool(false)
