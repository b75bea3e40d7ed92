--TEST--
an incompatible override is a fatal error
--FILE--
<?php
class A {
    public function f(int $x): int { return $x; }
}
class B extends A {
    public function f(string $x): int { return 0; }
}
--EXPECTF--

Fatal error: Declaration of B::f(string $x): int must be compatible with A::f(int $x): int in %s on line 6
