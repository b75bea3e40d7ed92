--TEST--
__sleep naming a missing property warns and leaves it out
--FILE--
<?php
class A { public $x = 1; protected $y = 2; public function __sleep() { return ['x', 'missing', 'y']; } }
echo str_replace("\0", "~", serialize(new A)), "\n";
--EXPECTF--

Warning: serialize(): "missing" returned as member variable from __sleep() but does not exist in %s on line 3
O:1:"A":2:{s:1:"x";i:1;s:4:"~*~y";i:2;}
