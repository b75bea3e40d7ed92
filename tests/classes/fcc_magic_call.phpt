--TEST--
first-class callables of methods handled by __call and __callStatic
--FILE--
<?php
class Magic {
    public function __call($n, $a) { return "__call $n(" . implode(",", $a) . ")"; }
    public static function __callStatic($n, $a) { return "__callStatic $n(" . implode(",", $a) . ")"; }
}
$m = new Magic;
$f = $m->anything(...);
echo $f(1, 2), "\n";
$g = Magic::other(...);
echo $g(3), "\n";
var_dump($f instanceof Closure);
--EXPECT--
__call anything(1,2)
__callStatic other(3)
bool(true)
