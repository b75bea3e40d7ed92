--TEST--
iterator_to_array/iterator_count: arrays, aggregates, delegation, TypeError for other objects
--FILE--
<?php
foreach (['iterator_to_array', 'iterator_count'] as $f) {
    try { $f(new stdClass); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
}
class Agg implements IteratorAggregate { function getIterator(): Iterator { yield 'k' => 'v'; yield 'l' => 'w'; } }
var_dump(iterator_to_array(new Agg), iterator_count(new Agg), iterator_to_array([3, 4]));
function g() { yield 1; yield from new Agg; yield 2; }
var_dump(iterator_to_array(g(), false));
--EXPECT--
iterator_to_array(): Argument #1 ($iterator) must be of type Traversable|array, stdClass given
iterator_count(): Argument #1 ($iterator) must be of type Traversable|array, stdClass given
array(2) {
  ["k"]=>
  string(1) "v"
  ["l"]=>
  string(1) "w"
}
int(2)
array(2) {
  [0]=>
  int(3)
  [1]=>
  int(4)
}
array(4) {
  [0]=>
  int(1)
  [1]=>
  string(1) "v"
  [2]=>
  string(1) "w"
  [3]=>
  int(2)
}
