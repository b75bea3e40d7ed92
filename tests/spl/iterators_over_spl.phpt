--TEST--
iterator_to_array/iterator_count, yield from and IteratorAggregate chains with the SPL classes
--FILE--
<?php
// iterator_to_array/iterator_count, yield from and IteratorAggregate chains with the SPL classes
$ao = new ArrayObject(['x' => 1, 'y' => 2]);
var_dump(iterator_to_array($ao), iterator_to_array($ao, false), iterator_count($ao));
function g($src) { yield 'first' => 0; yield from $src; return 'done'; }
$gen = g(new ArrayIterator(['a' => 'A', 'b' => 'B']));
foreach ($gen as $k => $v) echo "$k => $v\n";
var_dump($gen->getReturn());
foreach (g($ao) as $k => $v) echo "$k => $v\n";
class Wrap implements IteratorAggregate {
    public function __construct(private $inner) {}
    public function getIterator(): Traversable { return $this->inner; }
}
foreach (new Wrap(new Wrap(new ArrayObject([7, 8]))) as $k => $v) echo "$k => $v\n";
var_dump(iterator_count(new Wrap(new ArrayIterator([1, 2, 3]))));
--EXPECT--
array(2) {
  ["x"]=>
  int(1)
  ["y"]=>
  int(2)
}
array(2) {
  [0]=>
  int(1)
  [1]=>
  int(2)
}
int(2)
first => 0
a => A
b => B
string(4) "done"
first => 0
x => 1
y => 2
0 => 7
1 => 8
int(3)
