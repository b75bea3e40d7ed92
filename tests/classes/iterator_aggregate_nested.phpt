--TEST--
getIterator may return another IteratorAggregate
--FILE--
<?php
class Inner implements IteratorAggregate {
    public function getIterator(): Iterator { return new ArrayIterator([1, 2]); }
}
class Outer implements IteratorAggregate {
    public function getIterator(): Traversable { return new Inner; }
}
foreach (new Outer as $v) echo $v, "\n";
class Bad implements IteratorAggregate {
    public function getIterator(): Traversable { return new ArrayIterator([]); }
}
echo iterator_count(new Bad), "\n";
--EXPECT--
1
2
0
