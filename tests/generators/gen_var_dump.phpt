--TEST--
var_dump, print_r and get_class of a Generator object
--FILE--
<?php
function g() { yield 1; }
$gen = g();
var_dump($gen);
print_r($gen);
echo "\n";
echo get_class($gen), "\n";
var_dump($gen instanceof Traversable, $gen instanceof Iterator, $gen instanceof Generator, $gen instanceof IteratorAggregate);
var_dump(is_iterable($gen), is_callable($gen));
--EXPECT--
object(Generator)#1 (0) {
}
Generator Object
(
)

Generator
bool(true)
bool(true)
bool(true)
bool(false)
bool(true)
bool(false)
