--TEST--
implementation must accept at least the interface parameters
--FILE--
<?php
interface I { function f(int $a, int $b = 0); }
class A implements I {
    function f(int $a, int $b = 0, int $c = 5) { return $a + $b + $c; }
}
echo (new A)->f(1), " ", (new A)->f(1, 2, 3), "\n";
class B implements I {
    function f(int $a) { return $a; }
}
--EXPECTF--
6 6

Fatal error: Declaration of B::f(int $a) must be compatible with I::f(int $a, int $b = 0) in %s on line 8
