--TEST--
first-class callable syntax for builtin and user functions
--FILE--
<?php
function add($a, $b) { return $a + $b; }
$f = strlen(...);
$g = add(...);
$h = 'strtoupper';
$i = $h(...);
echo $f("hello"), " ", $g(2, 3), " ", $i("abc"), "\n";
var_dump($f instanceof Closure);
echo implode(",", array_map(intval(...), ["1a", "2b"])), "\n";
--EXPECT--
5 5 ABC
bool(true)
1,2
