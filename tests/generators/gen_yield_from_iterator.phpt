--TEST--
yield from an Iterator and an IteratorAggregate
--FILE--
<?php
class Coll implements IteratorAggregate {
    public function getIterator(): Iterator { return new ArrayIterator(['x' => 'X', 'y' => 'Y']); }
}
function g() {
    yield from new ArrayIterator([5, 6]);
    yield from new Coll;
}
foreach (g() as $k => $v) echo "$k => $v\n";
--EXPECT--
0 => 5
1 => 6
x => X
y => Y
