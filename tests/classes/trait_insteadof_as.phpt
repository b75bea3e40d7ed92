--TEST--
resolving conflicts with insteadof and aliasing with as
--FILE--
<?php
trait A {
    public function small() { return "a"; }
    public function big() { return "A"; }
}
trait B {
    public function small() { return "b"; }
    public function big() { return "B"; }
}
class Talker {
    use A, B {
        B::small insteadof A;
        A::big insteadof B;
        B::big as bBig;
        A::small as protected aSmall;
    }
    public function callProtected() { return $this->aSmall(); }
}
$t = new Talker;
echo $t->small(), $t->big(), $t->bBig(), $t->callProtected(), "\n";
try { $t->aSmall(); } catch (Error $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
bABa
Call to protected method Talker::aSmall() from global scope
