--TEST--
iterator_apply (args, stop on false, aggregates, generators), spl_autoload_call, spl_classes
--FILE--
<?php
$it = new ArrayIterator([1, 2, 3, 4]);
var_dump(iterator_apply($it, function() use ($it) { echo $it->current(), "\n"; return true; }));
var_dump(iterator_apply($it, function($x) use ($it) { echo "$x ", $it->current(), "\n"; return $it->current() < 2; }, ['arg']));
function g() { yield 'a'; yield 'b'; }
$g = g();
var_dump(iterator_apply($g, function() { echo "gen\n"; return 1; }));
class C implements IteratorAggregate { function getIterator(): Iterator { return new ArrayIterator(['x', 'y']); } }
var_dump(iterator_apply(new C, fn() => true));
var_dump(iterator_apply(new ArrayIterator([]), fn() => true));
try { iterator_apply([1], fn() => true); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { iterator_apply(new ArrayIterator([1]), fn($a, $b) => true, [1]); } catch (ArgumentCountError $e) { echo get_class($e), "\n"; }
spl_autoload_register(function ($c) { echo "autoload $c\n"; if ($c === 'Dyn') { class_alias('C', 'Dyn'); } });
spl_autoload_call('Dyn'); var_dump(class_exists('Dyn', false)); spl_autoload_call('Nope'); var_dump(isset(spl_classes()['ArrayObject']), spl_classes()['LogicException']);
--EXPECT--
1
2
3
4
int(4)
arg 1
arg 2
int(2)
gen
gen
int(2)
int(2)
int(0)
iterator_apply(): Argument #1 ($iterator) must be of type Traversable, array given
ArgumentCountError
autoload Dyn
bool(true)
autoload Nope
bool(true)
string(14) "LogicException"
