--TEST--
a static closure cannot be bound to an object
--FILE--
<?php
$f = static function () { return 1; };
$g = Closure::bind($f, new stdClass);
var_dump($g);
$h = $f->bindTo(null);
echo $h(), "\n";
class A { function get() { return function () { return get_class($this); }; } }
$c = (new A)->get();
$d = $c->bindTo(null);
var_dump($d);
--EXPECTF--

Warning: Cannot bind an instance to a static closure in %s on line 3
NULL
1

Warning: Cannot unbind $this of closure using $this in %s on line 9
NULL
