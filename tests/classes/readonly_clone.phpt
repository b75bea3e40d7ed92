--TEST--
a cloned readonly object keeps its values and stays readonly
--FILE--
<?php
class V { public function __construct(public readonly array $items) {} }
$a = new V([1, 2]);
$b = clone $a;
var_dump($b->items === $a->items);
try { $b->items = []; } catch (Error $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
bool(true)
Cannot modify readonly property V::$items
