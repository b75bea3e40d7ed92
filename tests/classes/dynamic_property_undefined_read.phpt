--TEST--
reading undefined properties warns
--FILE--
<?php
class A { public $x = 1; }
$a = new A;
var_dump($a->nope);
echo $a->nope ?? "coalesced", "\n";
var_dump(isset($a->nope));
$n = null;
var_dump($n->prop);
$i = 5;
var_dump($i->prop);
echo "end\n";
--EXPECTF--

Warning: Undefined property: A::$nope in %s on line 4
NULL
coalesced
bool(false)

Warning: Attempt to read property "prop" on null in %s on line 8
NULL

Warning: Attempt to read property "prop" on int in %s on line 10
NULL
end
