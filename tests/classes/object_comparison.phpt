--TEST--
== compares properties, === compares identity, < compares property-wise
--FILE--
<?php
class P { public function __construct(public $a, public $b = 0) {} }
$x = new P(1, 2);
$y = new P(1, 2);
$z = new P(1, 3);
var_dump($x == $y, $x === $y, $x != $z, $x < $z, $x <=> $z, $z <=> $x);
class Q { public $a = 1; public $b = 2; }
var_dump(new P(1, 2) == new Q);
var_dump($x == 1);
var_dump((bool) new stdClass);
--EXPECTF--
bool(true)
bool(false)
bool(true)
bool(true)
int(-1)
int(1)
bool(false)

Notice: Object of class P could not be converted to int in %s on line 9
bool(true)
bool(true)
