--TEST--
generator closures and arrow functions capturing variables
--FILE--
<?php
$mult = 3;
$gen = function ($n) use ($mult) { for ($i = 1; $i <= $n; $i++) yield $i * $mult; };
echo implode(",", iterator_to_array($gen(4))), "\n";
class Src {
    private $items = ['p', 'q'];
    public function lazy() { return function () { foreach ($this->items as $i) yield strtoupper($i); }; }
}
$f = (new Src)->lazy();
foreach ($f() as $v) echo $v;
echo "\n";
$g = (fn() => yield 42)();
var_dump($g->current());
--EXPECT--
3,6,9,12
PQ
int(42)
